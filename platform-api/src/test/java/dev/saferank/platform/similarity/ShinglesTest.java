package dev.saferank.platform.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    private final GeneratedReports generator = new GeneratedReports(42);

    private static long[] shingles(GeneratedReports.Text text, String agency) {
        return Shingles.of(text.title() + "\n" + text.body(), List.of(text.enterprise(), agency));
    }

    @Test
    void aCopyWithTheEnterpriseAndAgencySwappedIsTheSameText() {
        var original = generator.fresh("泉州市安泰化工有限公司", "福建安评技术服务有限公司");
        var copy = generator.copy(original, "晋江市宏达鞋业有限公司");

        assertThat(Shingles.jaccard(shingles(original, "福建安评技术服务有限公司"), shingles(copy, "厦门正安科技有限公司")))
                .isGreaterThan(0.97);
    }

    @Test
    void shortFormsOfTheNameAreMaskedToo() {
        assertThat(Shingles.masked("泉州市安泰化工有限公司委托。安泰化工厂区内", List.of("泉州市安泰化工有限公司")))
                .isEqualTo("名委托名厂区内");
    }

    @Test
    void jaccardOfSortedSets() {
        assertThat(Shingles.jaccard(new long[] {1, 2, 3, 4}, new long[] {3, 4, 5, 6}))
                .isEqualTo(2.0 / 6);
        assertThat(Shingles.jaccard(new long[0], new long[0])).isZero();
    }

    @Test
    void independentReportsOnTheSameTopicStayFarBelowEditedCopiesAndTemplates() {
        List<long[]> fresh = new ArrayList<>();
        List<Double> edited = new ArrayList<>();
        List<Double> templates = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            var text = generator.fresh("企业" + i + "有限公司", "机构" + i);
            fresh.add(shingles(text, "机构" + i));
            var edit = generator.edited(text, "另一企业" + i + "有限公司", 0.2);
            edited.add(Shingles.jaccard(fresh.getLast(), shingles(edit, "抄袭机构" + i)));
            var sibling = generator.template(text, "模板企业" + i + "有限公司");
            templates.add(Shingles.jaccard(fresh.getLast(), shingles(sibling, "机构" + i)));
        }
        double highestIndependent = 0;
        for (int i = 0; i < fresh.size(); i++) {
            for (int j = i + 1; j < fresh.size(); j++) {
                highestIndependent = Math.max(highestIndependent, Shingles.jaccard(fresh.get(i), fresh.get(j)));
            }
        }
        System.out.printf(
                "independent max %.3f; edited min %.3f max %.3f; templates min %.3f max %.3f%n",
                highestIndependent,
                edited.stream().mapToDouble(d -> d).min().orElseThrow(),
                edited.stream().mapToDouble(d -> d).max().orElseThrow(),
                templates.stream().mapToDouble(d -> d).min().orElseThrow(),
                templates.stream().mapToDouble(d -> d).max().orElseThrow());
        assertThat(highestIndependent).isLessThan(0.45);
        assertThat(edited).allMatch(j -> j > 0.5);
        assertThat(templates).allMatch(j -> j > 0.5);
    }

    @Test
    void bucketsOfEqualSetsAreEqualAndOfDifferentSetsMostlyNot() {
        var a = shingles(generator.fresh("甲公司", "机构"), "机构");
        var b = shingles(generator.fresh("乙公司", "机构"), "机构");
        assertThat(MinHash.buckets(a)).isEqualTo(MinHash.buckets(a.clone())).hasSize(MinHash.BANDS);
        long shared = java.util.Arrays.stream(MinHash.buckets(a))
                .filter(x -> java.util.Arrays.stream(MinHash.buckets(b)).anyMatch(y -> y == x))
                .count();
        assertThat(shared).isLessThan(5);
    }
}
