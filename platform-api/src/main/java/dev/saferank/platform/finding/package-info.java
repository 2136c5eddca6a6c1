/**
 * Findings against a tenant's scheme (检查发现/扣分事实), their lifecycle and history, rectifications
 * (整改) and checklist inspections whose violation answers become findings.
 */
package dev.saferank.platform.finding;
