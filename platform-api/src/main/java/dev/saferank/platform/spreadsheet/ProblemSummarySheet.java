package dev.saferank.platform.spreadsheet;

import dev.saferank.platform.subject.ProblemSummaries;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 问题汇总表: a campaign's summary of problems on a phase's report day, in three sheets: by district, by type
 * (checklist question) and by district and type. Returns the number of rows of the last.
 */
final class ProblemSummarySheet {

    private ProblemSummarySheet() {}

    static int write(ProblemSummaries.Summary s, OutputStream out) throws IOException {
        try (Xlsx xlsx = new Xlsx()) {
            String period = s.from() + " 至 " + s.cutOff() + (s.produced() ? "" : "（报送日期未到，暂计）");
            Sheet byDistrict = xlsx.sheet("按区县", List.of("区县", "检查次数", "检查对象数", "问题数", "统计期间", "阶段"));
            for (ProblemSummaries.DistrictRow d : s.districts()) {
                xlsx.row(
                        byDistrict,
                        false,
                        d.name(),
                        d.inspections(),
                        d.subjects(),
                        d.problems(),
                        period,
                        s.phase().name());
            }
            xlsx.row(
                    byDistrict,
                    true,
                    "合计",
                    sum(s.districts(), 0),
                    sum(s.districts(), 1),
                    s.problems(),
                    period,
                    s.phase().name());
            Sheet byType = xlsx.sheet("按问题类型", List.of("检查对象", "检查表", "题号", "问题", "问题数"));
            for (ProblemSummaries.TypeRow t : s.types()) {
                xlsx.row(byType, false, t.subject(), t.checklistId(), t.question(), t.text(), t.problems());
            }
            Sheet cells = xlsx.sheet("按区县和问题类型", List.of("区县", "检查对象", "检查表", "题号", "问题", "问题数"));
            for (ProblemSummaries.Cell c : s.cells()) {
                xlsx.row(
                        cells,
                        false,
                        c.districtName(),
                        c.subject(),
                        c.checklistId(),
                        c.question(),
                        c.text(),
                        c.problems());
            }
            xlsx.write(out);
            return s.cells().size();
        }
    }

    private static int sum(List<ProblemSummaries.DistrictRow> rows, int column) {
        return rows.stream()
                .mapToInt(r -> column == 0 ? r.inspections() : r.subjects())
                .sum();
    }
}
