package dev.saferank.platform.tenant;

/** A district (区县) of a tenant; the code is unique within the tenant. */
record District(String code, String name) {}
