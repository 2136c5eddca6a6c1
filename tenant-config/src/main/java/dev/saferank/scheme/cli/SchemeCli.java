package dev.saferank.scheme.cli;

import dev.saferank.scheme.ChecklistEvaluator;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.FactsLoader;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import dev.saferank.scheme.ValidationException;
import dev.saferank.scheme.WhatIf;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar tenant-config-<version>-cli.jar validate|evaluate|diff …}. Exit codes: 0 done, 1 invalid
 * scheme or facts (every problem listed by path), 2 wrong usage, 3 unreadable file. Never a stack trace.
 */
public final class SchemeCli {
    static final String USAGE =
            """
            usage:
              validate <scheme.yaml>                                 check a scheme, list every problem
              evaluate <scheme.yaml> <facts.yaml> [--json]           explain one agency (or a population file)
              diff <schemeA.yaml> <schemeB.yaml> <population.yaml> [--json]
                                                                     what-if: score changes, band crossings, rank moves
            """;

    private SchemeCli() {}

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command; returns the exit code. */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(List.of(argv));
        boolean json = args.remove("--json");
        if (args.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        try {
            String command = args.removeFirst();
            switch (command) {
                case "validate" -> {
                    expect(args, 1);
                    Scheme s = SchemeLoader.load(Path.of(args.get(0)));
                    out.println("OK " + s.tenant() + " " + s.version() + ": " + s.title() + " — "
                            + s.allItems().count() + " items, "
                            + s.allItems().mapToLong(i -> i.rules().size()).sum() + " rules, "
                            + s.checklists().size() + " checklists");
                }
                case "evaluate" -> {
                    expect(args, 2);
                    evaluate(SchemeLoader.load(Path.of(args.get(0))), Path.of(args.get(1)), json, out);
                }
                case "diff" -> {
                    expect(args, 3);
                    WhatIf.Report r = WhatIf.compare(
                            SchemeLoader.load(Path.of(args.get(0))),
                            SchemeLoader.load(Path.of(args.get(1))),
                            FactsLoader.loadPopulation(Path.of(args.get(2))));
                    out.print(json ? JsonView.write(JsonView.report(r)) : ListViews.report(r));
                }
                default -> throw new UsageException("unknown command " + command);
            }
            return 0;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (ValidationException e) {
            err.println(e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return 3;
        }
    }

    private static void evaluate(Scheme scheme, Path factsFile, boolean json, PrintStream out) {
        String text = read(factsFile);
        if (!scheme.scores()) {
            Facts f = FactsLoader.fromYaml(text);
            var findings = ChecklistEvaluator.findings(scheme, f);
            out.print(json ? JsonView.write(JsonView.checklist(f, findings)) : ListViews.checklist(f, findings));
            return;
        }
        ScoringEngine engine = new ScoringEngine(scheme);
        if (text.lines().anyMatch(l -> l.startsWith("agencies:"))) {
            var result = engine.evaluatePopulation(FactsLoader.populationFromYaml(text));
            out.print(json ? JsonView.write(JsonView.population(result)) : ListViews.population(scheme, result));
            return;
        }
        var e = engine.evaluate(FactsLoader.fromYaml(text));
        out.print(json ? JsonView.write(JsonView.evaluation(e)) : TableView.evaluation(scheme, e));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void expect(List<String> args, int n) {
        if (args.size() != n) {
            throw new UsageException("expected " + n + " file argument(s), got " + args.size());
        }
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
