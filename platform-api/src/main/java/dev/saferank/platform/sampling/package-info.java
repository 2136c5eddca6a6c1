/**
 * Sampled enterprises (临沂 工作实绩: 随机抽取…到企业现场进行考评打分，取平均值): which served enterprises of the
 * year an inspector checked on site, recorded whether or not anything was found there, so that each counts
 * in the per-enterprise average.
 */
package dev.saferank.platform.sampling;
