package dev.saferank.es.smartcn;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

class SmartcnTokenizerFactoryTest {

    private final SmartcnTokenizerFactory tokenizers = new SmartcnTokenizerFactory();
    private final SmartcnStopTokenFilterFactory stopFilters = new SmartcnStopTokenFilterFactory();

    @Test
    void segmentsWithoutRemovingOrStemmingAnything() {
        Tokenizer tokenizer = tokenizers.create();
        assertThat(Tokens.of(tokenizer, tokenizer, "安全评价报告，Reports。"))
                .containsExactly("安全", "评价", "报告", ",", "reports", ",");
    }

    @Test
    void stopFilterRemovesSmartcnPunctuationTokens() {
        Tokenizer tokenizer = tokenizers.create();
        assertThat(Tokens.of(tokenizer, stopFilters.create(tokenizer), "安全评价报告，Reports。"))
                .containsExactly("安全", "评价", "报告", "reports");
    }

    @Test
    void areRegisteredUnderTheirDocumentedNames() {
        assertThat(tokenizers.name()).isEqualTo("smartcn_chinese_tokenizer");
        assertThat(stopFilters.name()).isEqualTo("smartcn_chinese_stop");
    }
}
