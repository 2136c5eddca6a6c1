package dev.saferank.scheme.bench;

import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.Level;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.SanctionType;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Agency evaluations per second under the 泉州 scheme: 1,024 realistic agencies, each with about 50
 * findings spread over the items (counts 1–3), some honours and sanctions. One call evaluates one agency,
 * facts checking included. Run: {@code ./mvnw -pl tenant-config -Pbenchmark verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuanzhouBenchmark {
    static final int FINDINGS_PER_AGENCY = 50;

    private ScoringEngine engine;
    private Facts[] agencies;
    private int next;

    @Setup
    public void setUp() {
        Scheme scheme = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");
        engine = new ScoringEngine(scheme);
        agencies = population(scheme, 1024, new Random(20261122));
    }

    @Benchmark
    public Evaluation evaluateOneAgency() {
        Facts f = agencies[next];
        next = (next + 1) & (agencies.length - 1);
        return engine.evaluate(f);
    }

    /** Agencies with about 50 findings each; zeroing rules are rare, as they are in inspections. */
    static Facts[] population(Scheme scheme, int n, Random random) {
        List<String> rules = scheme.sections().stream()
                .flatMap(s -> s.items().stream())
                .flatMap(i -> i.rules().stream())
                .filter(r -> r.takesFindings() && !(r instanceof Rule.Zeroing))
                .map(Rule::code)
                .toList();
        Facts[] out = new Facts[n];
        for (int a = 0; a < n; a++) {
            List<Facts.Finding> findings = new ArrayList<>(FINDINGS_PER_AGENCY);
            for (int k = 0; k < FINDINGS_PER_AGENCY; k++) {
                findings.add(Facts.Finding.of(rules.get(random.nextInt(rules.size())), 1 + random.nextInt(3)));
            }
            List<Facts.Honour> honours = new ArrayList<>();
            for (int h = random.nextInt(3); h > 0; h--) {
                honours.add(new Facts.Honour(Level.values()[random.nextInt(5)], "cause-" + random.nextInt(3)));
            }
            List<Facts.Sanction> sanctions = random.nextInt(4) == 0
                    ? List.of(new Facts.Sanction(SanctionType.CIRCULAR, Optional.of(Level.COUNTY)))
                    : List.of();
            out[a] = new Facts(
                    "QZ-" + a,
                    Optional.empty(),
                    Optional.of("standardisation"),
                    Optional.empty(),
                    Map.of("registeredEngineers", BigDecimal.valueOf(random.nextInt(6)), "hadBusiness", BigDecimal.ONE),
                    List.of(),
                    findings,
                    Map.of(),
                    sanctions,
                    honours,
                    List.of());
        }
        return out;
    }
}
