package dev.saferank.platform.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical candidate file of a draw: UTF-8, LF line ends, header lines {@code name: value}, then the
 * column line {@code group,candidate,weight,label} and one line per candidate, sorted by group and then in
 * the order the platform listed them. Groups and candidates are ASCII ids without commas (e.g. {@code a12},
 * {@code s45}); the label is the rest of the line. Its SHA-256 is published before the draw; these exact
 * bytes are served at {@code /draws/{id}/candidates.txt}.
 */
record CandidateFile(String text, Map<String, String> header, Quota quota, List<Candidate> candidates) {

    static final String MAGIC = "# SafeRank 双随机抽取名单 v1";
    static final String COLUMNS = "group,candidate,weight,label";

    record Candidate(String group, String id, int weight, String label) {}

    /** How many to draw: {@code total N} over one group, {@code perGroup N}, or {@code percent P} rounded up. */
    record Quota(String mode, int value) {
        int take(int size) {
            return switch (mode) {
                case "percent" -> Math.min(size, (size * value + 99) / 100);
                default -> Math.min(size, value);
            };
        }

        @Override
        public String toString() {
            return mode + " " + value;
        }
    }

    static CandidateFile of(Map<String, String> header, Quota quota, List<Candidate> candidates) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        Map<String, String> all = new LinkedHashMap<>(header);
        all.put("quota", quota.toString());
        all.put("candidates", Integer.toString(candidates.size()));
        all.forEach((k, v) -> out.append(k).append(": ").append(oneLine(v)).append('\n'));
        out.append(COLUMNS).append('\n');
        for (Candidate c : candidates) {
            out.append(c.group())
                    .append(',')
                    .append(c.id())
                    .append(',')
                    .append(c.weight())
                    .append(',')
                    .append(oneLine(c.label()))
                    .append('\n');
        }
        return new CandidateFile(out.toString(), all, quota, List.copyOf(candidates));
    }

    static CandidateFile parse(String text) {
        String[] lines = text.split("\n");
        Map<String, String> header = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        int i = 1;
        for (; i < lines.length && !lines[i].equals(COLUMNS); i++) {
            int colon = lines[i].indexOf(": ");
            header.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
        }
        for (i++; i < lines.length; i++) {
            String[] cells = lines[i].split(",", 4);
            candidates.add(new Candidate(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3]));
        }
        String[] quota = header.get("quota").split(" ");
        return new CandidateFile(text, header, new Quota(quota[0], Integer.parseInt(quota[1])), candidates);
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
