package dev.saferank.es.smartcn;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * The {@code smartcn_chinese_tokenizer} tokenizer: smartcn's sentence splitting and HMM word
 * segmentation, with no stop words removed and no stemming (for custom analyzers).
 */
@NamedComponent(SmartcnTokenizerFactory.NAME)
public class SmartcnTokenizerFactory implements TokenizerFactory {

    public static final String NAME = "smartcn_chinese_tokenizer";

    @Override
    public Tokenizer create() {
        return new HMMChineseTokenizer();
    }
}
