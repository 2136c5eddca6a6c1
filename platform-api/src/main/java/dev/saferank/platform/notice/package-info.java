/**
 * Public notice (公示) of a completed rating run and objections (异议) filed during it: the draft list
 * is readable by anyone for the notice period (working days, weekends and the campaign's holidays
 * skipped); an agency or a member of the public objects, a bureau admin accepts (re-rating: a new
 * run version, which the notice then shows) or rejects with a reason, and both sides see the outcome.
 */
package dev.saferank.platform.notice;
