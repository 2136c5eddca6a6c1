package dev.saferank.platform.search;

import java.util.Map;

/**
 * One document as MySQL has it now: the tenant, the row's id, the row's version (written as the
 * external version, so an older or repeated write never replaces a newer one) and the fields.
 */
public record SearchDocument(String tenant, long id, long version, Map<String, Object> fields) {}
