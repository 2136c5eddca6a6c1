/**
 * Elasticsearch stable-plugin-API analysis components on Lucene's smartcn (HMM-based Simplified
 * Chinese word segmentation).
 *
 * <p>Named components (the names used in index settings and mappings):
 *
 * <ul>
 *   <li>{@code smartcn_chinese}: analyzer, {@link SmartcnChineseAnalyzerFactory}
 *   <li>{@code smartcn_chinese_tokenizer}: tokenizer, {@link SmartcnTokenizerFactory}
 *   <li>{@code smartcn_chinese_stop}: token filter, {@link SmartcnStopTokenFilterFactory}
 * </ul>
 *
 * <p>Elasticsearch does not scan the classes for {@code @NamedComponent}: it reads {@code
 * named_components.json} at the root of the plugin zip ({@code src/main/plugin}); a unit test keeps
 * the two in step.
 */
package dev.saferank.es.smartcn;
