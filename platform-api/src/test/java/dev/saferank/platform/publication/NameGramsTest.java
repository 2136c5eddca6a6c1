package dev.saferank.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameGramsTest {

    @Test
    void splitsANameIntoItsCharacterPairsOfLettersAndDigits() {
        assertThat(NameGrams.of("泉州安泰")).containsExactly("泉州", "州安", "安泰");
        assertThat(NameGrams.of("ABC 检测（泉州）")).containsExactly("ab", "bc", "c检", "检测", "测泉", "泉州");
        assertThat(NameGrams.of("安安安")).containsExactly("安安");
        assertThat(NameGrams.of("安")).containsExactly("安");
        assertThat(NameGrams.of(" ")).isEmpty();
        assertThat(NameGrams.of(null)).isEmpty();
    }

    @Test
    void requiresAllButOneOfAFewPairsAndSeventyPercentOfMore() {
        assertThat(List.of(1, 2, 3, 4, 7, 11).stream().map(NameGrams::required)).containsExactly(1, 1, 2, 3, 5, 8);
    }

    @Test
    void aNameWithOneCharacterWrongOrMissingMatchesButOneSharingOnlyTheEndingDoesNot() {
        var name = new HashSet<>(NameGrams.of("临沂华安检测技术有限公司"));
        // 按 for 安 breaks 华按 and 按检: 9 of 11 pairs shared, 8 required
        assertThat(shared(name, "临沂华按检测技术有限公司")).isEqualTo(9);
        assertThat(NameGrams.required(11)).isEqualTo(8);
        // 测 left out: 检技 is new, 9 of 10 shared, 7 required
        assertThat(shared(name, "临沂华安检技术有限公司")).isEqualTo(9);
        assertThat(NameGrams.required(10)).isEqualTo(7);
        // another agency of the city: 临沂, 沂华, 有限, 限公, 公司 — 5 of 11
        assertThat(shared(new HashSet<>(NameGrams.of("临沂华泰安全评价有限公司")), "临沂华按检测技术有限公司"))
                .isEqualTo(5);
    }

    private static long shared(HashSet<String> name, String query) {
        return NameGrams.of(query).stream().filter(name::contains).count();
    }
}
