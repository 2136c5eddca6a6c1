package dev.saferank.platform.draw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.draw.CandidateFile.Candidate;
import dev.saferank.platform.draw.CandidateFile.Quota;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The draw as a pure function: the same inputs give the same draw, any change of the inputs changes it, the
 * quotas follow the seeds' ratios, weights weigh, and the repository's standard-library Python verifier
 * (tools/draw/verify_draw.py, an independent implementation) recomputes exactly the platform's draw.
 */
class DrawAlgorithmTest {

    static final Path VERIFIER = Path.of(System.getProperty("user.dir"), "..", "tools", "draw", "verify_draw.py")
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    @Test
    void theSameInputsGiveTheSameDraw() {
        CandidateFile file = agencies(20, 10, seed(1));
        assertThat(DrawAlgorithm.draw(seed(1), CandidateFile.parse(file.text())))
                .isEqualTo(DrawAlgorithm.draw(seed(1), file))
                .hasSize(10);
    }

    @Test
    void anyChangeOfTheInputsChangesTheDraw() {
        CandidateFile file = agencies(20, 10, seed(1));
        var drawn = ids(DrawAlgorithm.draw(seed(1), file));

        // another seed
        assertThat(ids(DrawAlgorithm.draw(seed(2), file))).isNotEqualTo(drawn);
        // one label changed (the list's hash is in every key)
        List<Candidate> relabelled = new ArrayList<>(file.candidates());
        relabelled.set(19, new Candidate("all", "a19", 1, "改名后的机构"));
        assertThat(ids(DrawAlgorithm.draw(seed(1), rebuilt(file, relabelled)))).isNotEqualTo(drawn);
        // one candidate more
        List<Candidate> longer = new ArrayList<>(file.candidates());
        longer.add(new Candidate("all", "a20", 1, "新增机构"));
        assertThat(ids(DrawAlgorithm.draw(seed(1), rebuilt(file, longer)))).isNotEqualTo(drawn);
        // one weight changed
        List<Candidate> weighted = new ArrayList<>(file.candidates());
        weighted.set(0, new Candidate("all", "a0", 2, "机构0"));
        assertThat(ids(DrawAlgorithm.draw(seed(1), rebuilt(file, weighted)))).isNotEqualTo(drawn);
    }

    @Test
    void staffAreDrawnAtLeastHalfPerAgencyRoundedUp() {
        // 临沂 19: "按照不低于技术服务机构专业技术人员总数 50%的比例进行抽考": 5 staff → ⌈2.5⌉ = 3, 4 staff → 2, 1 → 1
        List<Candidate> staff = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            staff.add(new Candidate("a1", "s1" + i, 1, "张*"));
        }
        for (int i = 0; i < 4; i++) {
            staff.add(new Candidate("a2", "s2" + i, 1, "李*"));
        }
        staff.add(new Candidate("a3", "s30", 1, "王*"));
        CandidateFile file = CandidateFile.of(header(seed(3)), new Quota("percent", 50), staff);

        var drawn = DrawAlgorithm.draw(seed(3), file);

        assertThat(drawn.stream().filter(d -> d.group().equals("a1"))).hasSize(3);
        assertThat(drawn.stream().filter(d -> d.group().equals("a2"))).hasSize(2);
        assertThat(drawn.stream().filter(d -> d.group().equals("a3"))).hasSize(1);
    }

    @Test
    void aHeavierCandidateIsDrawnAsOftenAsItsWeightSays() {
        // one candidate of weight 10 among ten of weight 1, one drawn: P = 10 / (10 + 10) = 50 %; over 400
        // fixed seeds the count stays far from the 1/11 ≈ 9 % an unweighted draw would give
        List<Candidate> list = new ArrayList<>();
        list.add(new Candidate("all", "heavy", 10, "投诉较多的机构"));
        for (int i = 0; i < 10; i++) {
            list.add(new Candidate("all", "light" + i, 1, "机构" + i));
        }
        int heavy = 0;
        for (int s = 0; s < 400; s++) {
            CandidateFile file = CandidateFile.of(header(seed(1000 + s)), new Quota("total", 1), list);
            if (DrawAlgorithm.draw(seed(1000 + s), file).getFirst().candidate().equals("heavy")) {
                heavy++;
            }
        }
        assertThat(heavy).isBetween(160, 240);
    }

    @Test
    void thePythonVerifierRecomputesThePlatformsDraw() throws Exception {
        List<Candidate> list = new ArrayList<>();
        for (int a = 1; a <= 3; a++) {
            for (int e = 1; e <= 5; e++) {
                list.add(new Candidate("a" + a, "e" + a + e, 1, "企业" + a + "-" + e + "（有限公司，含逗号）"));
            }
        }
        CandidateFile file = CandidateFile.of(header(seed(7)), new Quota("perGroup", 1), list);
        Path path = dir.resolve("candidates.txt");
        Files.writeString(path, file.text(), StandardCharsets.UTF_8);

        Result verified = python(path, HexFormat.of().formatHex(seed(7)));

        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("名单 SHA-256: " + Draws.sha(file));
        List<String> expected = DrawAlgorithm.draw(seed(7), file).stream()
                .map(d -> d.group() + "," + d.candidate() + "," + d.rank() + "," + d.key())
                .toList();
        List<String> lines = verified.output()
                .lines()
                .filter(l -> l.startsWith("a"))
                .map(l -> String.join(",", List.of(l.split(",", 5)).subList(0, 4)))
                .toList();
        assertThat(lines).hasSize(3).isEqualTo(expected);
    }

    @Test
    void thePythonVerifierRefusesASeedThatIsNotTheCommitment() throws Exception {
        CandidateFile file = agencies(5, 2, seed(8));
        Path path = dir.resolve("candidates.txt");
        Files.writeString(path, file.text(), StandardCharsets.UTF_8);

        Result refused = python(path, HexFormat.of().formatHex(seed(9)));

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.output()).contains("随机种子与承诺值不符");
    }

    record Result(int exit, String output) {}

    static Result python(Path file, String seed) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", VERIFIER.toString(), file.toString(), seed)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static List<String> ids(List<DrawAlgorithm.Drawn> drawn) {
        return drawn.stream().map(DrawAlgorithm.Drawn::candidate).toList();
    }

    private static CandidateFile agencies(int size, int take, byte[] seed) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(new Candidate("all", "a" + i, 1, "机构" + i));
        }
        return CandidateFile.of(header(seed), new Quota("total", take), list);
    }

    private static CandidateFile rebuilt(CandidateFile file, List<Candidate> list) {
        Map<String, String> header = new LinkedHashMap<>(file.header());
        header.remove("quota");
        header.remove("candidates");
        return CandidateFile.of(header, file.quota(), list);
    }

    private static Map<String, String> header(byte[] seed) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("tenant", "linyi");
        header.put("year", "2014");
        header.put("commitment", DrawAlgorithm.sha256(seed));
        return header;
    }

    static byte[] seed(int n) {
        return HexFormat.of().parseHex(DrawAlgorithm.sha256(("seed " + n).getBytes(StandardCharsets.UTF_8)));
    }
}
