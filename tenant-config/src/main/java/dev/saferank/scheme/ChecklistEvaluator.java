package dev.saferank.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns checklist answers into findings: every answer equal to the question's violation answer (是 for
 * "是否存在…", 否 for "是否建立/公布…") is a finding with its rectification (整改) to track.
 */
public final class ChecklistEvaluator {
    private ChecklistEvaluator() {}

    /**
     * A checklist finding.
     *
     * @param checklist the checklist id
     * @param checklistTitle the checklist title
     * @param question the question number
     * @param text the question text
     * @param answer the answer given
     * @param rectification the rectification, if recorded
     */
    public record ChecklistFinding(
            String checklist,
            String checklistTitle,
            String question,
            String text,
            String answer,
            Optional<Facts.Rectification> rectification) {}

    /** The findings the facts' checklist answers make under the scheme's checklists. */
    public static List<ChecklistFinding> findings(Scheme scheme, Facts facts) {
        Problems p = new Problems();
        check(scheme, facts, "", p);
        if (!p.isEmpty()) {
            throw new InvalidFactsException(p.list());
        }
        List<ChecklistFinding> out = new ArrayList<>();
        for (Facts.ChecklistAnswer a : facts.checklistAnswers()) {
            Checklist c = checklist(scheme, a.checklist()).orElseThrow();
            Checklist.Question q = question(c, a.question()).orElseThrow();
            if (q.violation().equals(a.answer())) {
                out.add(new ChecklistFinding(c.id(), c.title(), q.number(), q.text(), a.answer(), a.rectification()));
            }
        }
        return out;
    }

    static void check(Scheme scheme, Facts facts, String at, Problems p) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < facts.checklistAnswers().size(); i++) {
            Facts.ChecklistAnswer a = facts.checklistAnswers().get(i);
            String ap = at + "checklistAnswers[" + i + "]";
            Optional<Checklist> c = checklist(scheme, a.checklist());
            if (c.isEmpty()) {
                p.add(ap + ".checklist", "unknown checklist " + a.checklist());
                continue;
            }
            if (question(c.get(), a.question()).isEmpty()) {
                p.add(ap + ".question", "checklist " + a.checklist() + " has no question " + a.question());
            }
            if (!a.answer().equals("是") && !a.answer().equals("否")) {
                p.add(ap + ".answer", "must be 是 or 否");
            }
            if (seen.contains(a.checklist() + "#" + a.question())) {
                p.add(ap + ".question", "answered twice");
            }
            seen.add(a.checklist() + "#" + a.question());
        }
    }

    private static Optional<Checklist> checklist(Scheme s, String id) {
        return s.checklists().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static Optional<Checklist.Question> question(Checklist c, String number) {
        return c.questions().stream().filter(q -> q.number().equals(number)).findFirst();
    }
}
