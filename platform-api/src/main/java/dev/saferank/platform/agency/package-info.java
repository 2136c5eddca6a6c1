/** Rated agencies (技术服务机构): registration, their data, the districts they serve. */
package dev.saferank.platform.agency;
