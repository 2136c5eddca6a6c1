package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sanctions a seed scheme scores, read from the seed tables (quoted in each case). */
class SanctionUsesTest {

    static final Scheme QUANZHOU = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");
    static final Scheme FOSHAN = SchemeLoader.fromClasspath("tenants/foshan/foshan-2023.yaml");

    @Test
    void quanzhouScoresInterviewsCircularsAndMultiAffiliationAtTheLevelsItNames() {
        // 22: "受市级约谈一次扣 10 分, 县级约谈一次扣 8 分, 乡镇(街道)约谈一次扣 5 分"
        assertThat(SanctionUses.scores(QUANZHOU, SanctionType.INTERVIEW, Level.of("city")))
                .isTrue();
        assertThat(SanctionUses.scores(QUANZHOU, SanctionType.INTERVIEW, Level.of("town")))
                .isTrue();
        // a 省级约谈 is neither deducted nor a veto in the seed
        assertThat(SanctionUses.scores(QUANZHOU, SanctionType.INTERVIEW, Level.of("province")))
                .isFalse();
        // "市级以上通报批评, 直接评定为不合格": read by veto V2
        assertThat(SanctionUses.scores(QUANZHOU, SanctionType.CIRCULAR, Level.of("province")))
                .isTrue();
        // "从业人员违规多处挂靠, 初次发现, 予以警告, 涉及机构扣 5 分"
        assertThat(SanctionUses.scores(QUANZHOU, SanctionType.MULTI_AFFILIATION, Optional.empty()))
                .isTrue();
        assertThat(SanctionUses.recordedAsFinding(QUANZHOU, SanctionType.BAD_RECORD))
                .isEmpty();
    }

    @Test
    void foshanRecordsBadRecordsAsFindingsUnderNinePointOne() {
        // 第9项 "检查发现符合办法规定，为其记录“不良信息”的。不良信息一次扣10分": a finding rule, not a sanction
        assertThat(SanctionUses.scores(FOSHAN, SanctionType.BAD_RECORD, Level.of("city")))
                .isFalse();
        assertThat(SanctionUses.recordedAsFinding(FOSHAN, SanctionType.BAD_RECORD))
                .map(Rule::code)
                .contains("9.1");
        // 注4 "被立案处罚不能参与考评和排名": exclusion E2 reads sanctions.penaltyCase at any level
        assertThat(SanctionUses.scores(FOSHAN, SanctionType.PENALTY_CASE, Level.of("county")))
                .isTrue();
    }
}
