package dev.saferank.rating.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.rating.facts.FactProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailJsonTest {

    @Test
    void anIncompleteAgencyHasTheContractsShapeWithItsProblemsEscaped() {
        String json = TrailJson.incomplete(List.of(new FactProblem("data.x", "尚未填报\"机构数据\"\n第二行\\")));
        assertThat(json)
                .isEqualTo(
                        "{\"rawTotal\":null,\"vetoes\":[],\"exclusion\":null,\"sections\":[],\"bonus\":null,"
                                + "\"penalties\":null,\"problems\":[{\"path\":\"data.x\",\"message\":\"尚未填报\\\"机构数据\\\"\\n第二行\\\\\"}]}");
    }
}
