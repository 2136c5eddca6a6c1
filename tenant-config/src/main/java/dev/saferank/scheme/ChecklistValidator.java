package dev.saferank.scheme;

import java.util.HashSet;
import java.util.Set;

/** Validates the checklists: unique ids, a well-formed subject kind, unique question numbers, a known violation answer. */
final class ChecklistValidator {
    private ChecklistValidator() {}

    static void validate(Scheme s, Problems p) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.checklists().size(); i++) {
            Checklist c = s.checklists().get(i);
            String path = "checklists[" + i + "]";
            if (!ids.add(c.id())) {
                p.add(path + ".id", "checklist " + c.id() + " appears twice");
            }
            if (!c.subjectKind().matches("[a-z][a-z0-9-]{0,31}")) {
                p.add(path + ".subjectKind", "must be agency or a kind id of lower-case letters, digits and '-'");
            }
            if (c.questions().isEmpty()) {
                p.add(path + ".questions", "must not be empty");
            }
            Set<String> numbers = new HashSet<>();
            for (int j = 0; j < c.questions().size(); j++) {
                Checklist.Question q = c.questions().get(j);
                String qp = path + ".questions[" + j + "]";
                if (!numbers.add(q.number())) {
                    p.add(qp + ".number", "question " + q.number() + " appears twice");
                }
                if (q.text().isBlank()) {
                    p.add(qp + ".text", "must not be blank");
                }
                if (!q.violation().equals("是")
                        && !q.violation().equals("否")
                        && !q.violation().equals("none")) {
                    p.add(qp + ".violation", "must be 是, 否 or none");
                }
            }
        }
    }
}
