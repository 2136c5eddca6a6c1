package dev.saferank.platform.staff;

import java.time.LocalDate;

/** A certificate a staff member holds. */
record Certificate(long id, long staffId, String type, String number, LocalDate validUntil) {}
