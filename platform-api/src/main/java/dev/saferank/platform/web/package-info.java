/**
 * The web frontends (module web): the public site at {@code /}, the bureau console at {@code /console/},
 * the agency portal at {@code /portal/}, served from the web jar's {@code META-INF/resources}, with their
 * single-page fallbacks and the run-time configuration the pages read ({@code /web-config.json}).
 */
package dev.saferank.platform.web;
