/**
 * Technical service reports (技术服务报告): metadata, signatories and text (given, or extracted from an
 * uploaded PDF or Word file), stored in MySQL and indexed through the outbox; searched by
 * investigators.
 */
package dev.saferank.platform.report;
