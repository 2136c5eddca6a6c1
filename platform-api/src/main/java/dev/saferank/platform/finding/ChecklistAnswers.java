package dev.saferank.platform.finding;

import dev.saferank.platform.graphql.UserError;
import dev.saferank.scheme.Checklist;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The check every checklist inspection shares, whoever is inspected (an agency here, a 生产经营单位 in {@code
 * subject}): 1 to {@value #MAX_ANSWERS} answers, each about a question the checklist has, each question once. What
 * an answer itself must be (是/否, its note, its 整改) is the caller's rule, run once the question is known.
 */
public final class ChecklistAnswers {

    public static final int MAX_ANSWERS = 200;

    /** What one answer to a known question must be; adds its errors under the field prefix {@code at}. */
    @FunctionalInterface
    public interface Rule<A> {
        void check(A answer, Checklist.Question question, String at, List<UserError> errors);
    }

    private ChecklistAnswers() {}

    /** The question an answer is about, if the checklist has it. */
    public static Optional<Checklist.Question> question(Checklist checklist, String number) {
        return checklist.questions().stream()
                .filter(q -> q.number().equals(number))
                .findFirst();
    }

    /**
     * Adds the errors of {@code answers} (null counts as none) under {@code input.answers}: the count, unknown and
     * repeated questions, then whatever {@code rule} finds in each answer to a known question.
     */
    public static <A> void check(
            Checklist checklist,
            List<A> answers,
            Function<? super A, String> questionOf,
            Rule<? super A> rule,
            List<UserError> errors) {
        List<A> given = answers == null ? List.of() : answers;
        if (given.isEmpty() || given.size() > MAX_ANSWERS) {
            errors.add(UserError.of("input.answers", "REQUIRED", "请回答检查表的问题（1 到 " + MAX_ANSWERS + " 项）"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            A answer = given.get(i);
            String number = questionOf.apply(answer);
            String at = "input.answers[" + i + "].";
            Optional<Checklist.Question> question = question(checklist, number);
            if (question.isEmpty()) {
                errors.add(UserError.of(
                        at + "question", "UNKNOWN_QUESTION", "检查表“" + checklist.id() + "”没有第 " + number + " 题"));
                continue;
            }
            if (!seen.add(number)) {
                errors.add(UserError.of(at + "question", "DUPLICATE_QUESTION", "第 " + number + " 题回答了两次"));
            }
            rule.check(answer, question.get(), at, errors);
        }
    }
}
