package dev.saferank.es.smartcn;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code smartcn_chinese_stop} token filter: removes smartcn's default stop words (the set
 * {@link SmartChineseAnalyzer} uses), so a custom analyzer can combine it with {@code
 * smartcn_chinese_tokenizer} on a distribution without the analysis-common module.
 */
@NamedComponent(SmartcnStopTokenFilterFactory.NAME)
public class SmartcnStopTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "smartcn_chinese_stop";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, SmartChineseAnalyzer.getDefaultStopSet());
    }
}
