package dev.saferank.es.smartcn;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * The {@code smartcn_chinese} analyzer: smartcn's HMM word segmentation, then Porter stemming (for
 * Latin-script words; smartcn already lower-cases them) and smartcn's default stop set (mostly
 * punctuation), exactly the chain of Lucene's {@link SmartChineseAnalyzer}.
 *
 * <p>Elasticsearch instantiates it through its single public no-argument constructor.
 */
@NamedComponent(SmartcnChineseAnalyzerFactory.NAME)
public class SmartcnChineseAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "smartcn_chinese";

    @Override
    public Analyzer create() {
        return new SmartChineseAnalyzer();
    }
}
