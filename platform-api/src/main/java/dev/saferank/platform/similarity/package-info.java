/**
 * Copied and template reports (抄袭他人成果, 机械模板化服务): each uploaded report is compared in the
 * background with the other reports of its tenant (masked character 5-shingles, MinHash-LSH
 * candidates, exact Jaccard), and pairs above the configured similarity are offered to inspectors,
 * who confirm them (a draft finding is recorded) or dismiss them.
 */
package dev.saferank.platform.similarity;
