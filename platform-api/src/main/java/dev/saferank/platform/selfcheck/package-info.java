/**
 * 自查自改 (泉州 泉应急〔2023〕64号 四(一), 附件4): agencies answer the self-inspection checklist in the
 * portal; the bureau (a county: its district's agencies) sees who answered and who did not by the
 * calendar's self-check deadline, and the rectifications past their deadline.
 */
package dev.saferank.platform.selfcheck;
