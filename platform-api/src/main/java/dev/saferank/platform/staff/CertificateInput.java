package dev.saferank.platform.staff;

import java.time.LocalDate;

/** A certificate as entered with a staff member. */
record CertificateInput(String type, String number, LocalDate validUntil) {}
