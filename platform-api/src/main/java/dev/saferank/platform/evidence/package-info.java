/**
 * Evidence files (证据材料): files and photos attached to findings, rectifications, checklist answers,
 * objections and complaints, their type detected from the content, kept with their SHA-256, streamed into
 * the database behind {@link dev.saferank.platform.evidence.EvidenceStore}, and shown only to those who may
 * see the record they belong to ({@link dev.saferank.platform.evidence.EvidenceOwner}).
 */
package dev.saferank.platform.evidence;
