package dev.saferank.platform.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.scheme.SchemeLoader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestedRuleTest {

    @Test
    void noShippedSchemeHasAScoredRuleForCopiesSo泉州NamesItsChecklistQuestion() {
        var quanzhou = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");

        var rule = SuggestedRule.of(Optional.of(quanzhou), SuggestedRule.COPY, Optional.empty());

        assertThat(rule.code()).isEmpty();
        assertThat(rule.note())
                .isEqualTo("本市考评标准中没有与“抄袭他人成果”对应的计分规则（检查表“专业技术服务机构自查自改情况报告表”第 3 项提及“抄袭他人成果”，但不计分）；确认时请指定规则编号");
    }

    @Test
    void aCityWithoutAnyMentionIsToldSo() {
        var suzhou = SchemeLoader.fromClasspath("tenants/suzhou/suzhou-2023.yaml");

        assertThat(SuggestedRule.of(Optional.of(suzhou), SuggestedRule.TEMPLATE, Optional.empty()))
                .isEqualTo(new SuggestedRule(Optional.empty(), "本市考评标准中没有与“机械模板化服务”对应的计分规则；确认时请指定规则编号"));
    }

    @Test
    void aRuleWhoseWordingNamesTheViolationIsSuggested() throws Exception {
        String yaml;
        try (var in = getClass().getClassLoader().getResourceAsStream("tenants/quanzhou/quanzhou-2023.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var edited = SchemeLoader.fromYaml(yaml.replace("发现报告内容不真实，弄虚作假", "发现报告抄袭他人成果或内容不真实，弄虚作假"));

        var rule = SuggestedRule.of(Optional.of(edited), SuggestedRule.COPY, Optional.empty());

        assertThat(rule.code()).contains("17.2");
        assertThat(rule.note()).isEqualTo("本市考评标准规则 17.2：发现报告抄袭他人成果或内容不真实，弄虚作假，本小项分值0分。");
    }

    @Test
    void aConfiguredRuleWinsAndNoActiveSchemeIsSaid() {
        var suzhou = SchemeLoader.fromClasspath("tenants/suzhou/suzhou-2023.yaml");

        assertThat(SuggestedRule.of(Optional.of(suzhou), SuggestedRule.TEMPLATE, Optional.of("8.2")))
                .isEqualTo(new SuggestedRule(Optional.of("8.2"), "本市配置的“机械模板化服务”规则 8.2：危险源辨识与企业严重不符的，发现1项扣1分"));
        assertThat(SuggestedRule.of(Optional.empty(), SuggestedRule.COPY, Optional.empty())
                        .note())
                .isEqualTo("该年度没有启用的考评标准，无对应规则");
    }
}
