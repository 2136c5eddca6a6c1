/**
 * Technical staff of agencies and their certificates; a person is known by a keyed hash of the
 * resident ID number, never the number, so that one person in two agencies (挂靠) is found.
 */
package dev.saferank.platform.staff;
