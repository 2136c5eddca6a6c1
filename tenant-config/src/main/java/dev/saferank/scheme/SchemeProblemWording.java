package dev.saferank.scheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loader's and validator's scheme problems in Chinese, for the bureau's forms and file checks. The
 * engine reports in English by path (the CLI and the format docs read them so); a bureau reads
 * {@link #place(String)} (where, in the words of the form: 第1部分 第3项 第2条 分值) and {@link
 * #chinese(Problem)} (what is wrong). No parser text reaches a bureau: a message this table does not
 * know is worded generically.
 */
public final class SchemeProblemWording {

    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        String[][] names = {
            {"tenant", "所属城市"},
            {"year", "年度"},
            {"version", "版本号"},
            {"title", "名称"},
            {"source", "依据文件"},
            {"total", "总分"},
            {"rounding", "取舍规则"},
            {"scale", "保留小数位数"},
            {"mode", "舍入方式"},
            {"notes", "说明"},
            {"sections", "评分部分"},
            {"items", "评分项目"},
            {"rules", "扣分/加分条款"},
            {"number", "序号"},
            {"max", "分值"},
            {"min", "下限"},
            {"wording", "原文"},
            {"note", "说明"},
            {"code", "编号"},
            {"kind", "类型"},
            {"points", "分值"},
            {"cap", "上限"},
            {"levels", "级别"},
            {"sanction", "处罚类型"},
            {"expression", "计算公式"},
            {"measurement", "测评项目"},
            {"aggregate", "汇总方式"},
            {"as", "变量名"},
            {"minCount", "最少份数"},
            {"pool", "合并扣分"},
            {"scoring", "计分方式"},
            {"bonus", "加分项"},
            {"penalties", "减分项"},
            {"vetoes", "直接定级情形"},
            {"exclusions", "不参评情形"},
            {"when", "条件"},
            {"grade", "等级"},
            {"bands", "等级划分"},
            {"label", "等级名称"},
            {"grouping", "分组排名"},
            {"by", "分组依据"},
            {"top", "每组前几名"},
            {"checklists", "检查表"},
            {"questions", "检查项"},
            {"text", "内容"},
            {"violation", "违规答案"},
            {"id", "编号"},
            {"agencyData", "机构数据"},
            {"measurements", "测评数据"},
            {"choices", "选项"},
            {"groups", "评价组"},
            {"publication", "公布规则"},
            {"lists", "公布名单"},
            {"entries", "公布范围"},
            {"grades", "等级"},
            {"downgrade", "动态调整"},
            {"action", "调整方式"},
            {"list", "名单"},
            {"validMonths", "有效月数"},
            {"bar", "禁入期"},
            {"under", "低于分数"},
            {"passMark", "合格分"},
            {"years", "年数"},
            {"exclusion", "排除条款"},
            {"tiers", "档次"},
            {"upTo", "名次上限"},
            {"onePerCause", "同一原因不重复加分"},
            {"perEnterprise", "按企业评分"},
            {"integer", "整数"},
            {"subject", "检查对象"},
            {"subjectKind", "检查对象类别"},
            {"totalFloor", "最低总分"},
        };
        for (String[] n : names) {
            FIELDS.put(n[0], n[1]);
        }
    }

    private record Wording(Pattern pattern, Function<Matcher, String> chinese) {}

    private static final List<Wording> WORDINGS = List.of(
            w("not valid YAML/JSON.*", m -> "文件格式有误，无法读取（请检查缩进、冒号和引号）"),
            w("unknown field", m -> "不是方案中可用的内容"),
            w("is required.*", m -> "必须填写"),
            w("must not be blank.*", m -> "不能为空"),
            w("must not be empty", m -> "至少需要一项"),
            w("must be a mapping", m -> "格式有误（应为一组「名称: 值」）"),
            w("must be a list", m -> "格式有误（应为列表）"),
            w("must be text.*", m -> "须为文字"),
            w("must be a number", m -> "须为数字"),
            w("must be a whole number", m -> "须为整数"),
            w("must be true or false", m -> "须为「是」或「否」（true 或 false）"),
            w("must be > 0", m -> "须大于 0"),
            w("must be >= 1", m -> "须不小于 1"),
            w("must be >= min", m -> "不能小于下限"),
            w("must not exceed max", m -> "不能大于上限"),
            w("must be between (\\S+) and (\\S+)", m -> "须在 " + m.group(1) + " 到 " + m.group(2) + " 之间"),
            w("must be a lowercase tenant id.*", m -> "须为城市编号（小写字母，如 quanzhou）"),
            w("item (.+) appears twice", m -> "序号 " + m.group(1) + " 重复"),
            w("code (.+) appears twice", m -> "编号 " + m.group(1) + " 重复"),
            w("label (.+) appears twice", m -> "等级名称 " + m.group(1) + " 重复"),
            w("checklist (.+) appears twice", m -> "检查表 " + m.group(1) + " 重复"),
            w("question (.+) appears twice", m -> "检查项 " + m.group(1) + " 重复"),
            w("must have at least one rule", m -> "每个评分项目至少需要一条条款"),
            w("must have at least one tier", m -> "至少需要一个档次"),
            w("must name at least one (level|list)", m -> "至少需要一项"),
            w("items of a pool section deduct from the pool", m -> "合并扣分部分的项目只能扣分"),
            w("(\\w+) rules are not allowed in (\\w+) items", m -> "该类型的条款不能用于" + part(m.group(2))),
            w("zeroing rules are not allowed in a pool section.*", m -> "合并扣分部分不能使用「不得分」条款"),
            w("is (\\S+), larger than its item's max (\\S+)", m -> "上限 " + m.group(1) + " 超过了本项分值 " + m.group(2)),
            w("is (\\S+) but its items' max add up to (\\S+)", m -> "为 " + m.group(1) + "，但各项目分值合计为 " + m.group(2)),
            w("is (\\S+) but the sections add up to (\\S+)", m -> "为 " + m.group(1) + "，但各部分分值合计为 " + m.group(2)),
            w("a scheme needs sections.*", m -> "方案至少需要评分部分或检查表"),
            w("a checklist-only scheme .*", m -> "只有检查表的方案不能设置此项"),
            w("a section cannot be both a pool and per-enterprise", m -> "同一部分不能既合并扣分又按企业评分"),
            w("is required for a pool section", m -> "合并扣分部分必须填写分值"),
            w("is required \\(only the last band has no min\\)", m -> "必须填写最低分（只有最后一档不填）"),
            w("the last band takes everything below and has no min", m -> "最后一档包括以下所有分数，不填最低分"),
            w(
                    "bands overlap: (\\S+) is not below the previous band's (\\S+)",
                    m -> "等级分数线重叠：" + m.group(1) + " 不低于上一档的 " + m.group(2) + "（应从高到低）"),
            w("needs at least two bands", m -> "至少需要两个等级"),
            w("must be one of the band labels (.*)", m -> "须为已有的等级名称之一：" + m.group(1)),
            w("must be category or district", m -> "须为机构类别（category）或区县（district）"),
            w("unknown variable (.+)", m -> "公式中的「" + m.group(1) + "」不是方案声明的数据"),
            w("unknown measurement (\\S+).*", m -> "测评项目 " + m.group(1) + " 未在测评数据中声明"),
            w("unknown level (\\S+).*", m -> "级别 " + m.group(1) + " 无效（可选：乡镇、县级、市级、省级、国家级）"),
            w("unknown sanction (\\S+).*", m -> "处罚类型 " + m.group(1) + " 无效"),
            w("unknown kind (\\S+).*", m -> "条款类型 " + m.group(1) + " 无效"),
            w("unknown list (.+)", m -> "名单 " + m.group(1) + " 不存在"),
            w("must be mean, meanOfGroupMeans.*", m -> "汇总方式无效"),
            w("meanOfGroupMeans needs a measurement with groups", m -> "按组平均需要分组的测评项目"),
            w("must be a plain name like P or value", m -> "变量名须为简单名称，如 P"),
            w("must be greater than the previous tier's \\((\\S+)\\)", m -> "须大于上一档的 " + m.group(1)),
            w("must be 是, 否 or none", m -> "须为「是」「否」或 none"),
            w("must be agency or a kind id.*", m -> "须为 agency（机构）或由小写字母、数字和 - 组成的类别标识"),
            w("must be (HALF_UP|one of HALF_UP).*", m -> "舍入方式无效（如 HALF_UP 四舍五入）"),
            w("UNNECESSARY is not a rounding", m -> "舍入方式无效（如 HALF_UP 四舍五入）"),
            w("must be deduct or award", m -> "须为扣分（deduct）或加分（award）"),
            w("must be all or listed", m -> "须为全部公布（all）或只公布名单（listed）"),
            w("must be groupTop, best, worst, grades or below", m -> "名单类型无效"),
            w("must be between 1 and the scheme's total", m -> "须在 1 到方案总分之间"),
            w("must be 1 to 5", m -> "须为 1 到 5"),
            w("only a plain measurement has a pass mark", m -> "只有单一分值的测评项目才有合格分"),
            w("must be within min and max", m -> "须在下限和上限之间"),
            w("must name an exclusion without a condition.*", m -> "须为不带条件（由问题记录决定）的排除条款"),
            w("must be lowerGrade or revoke", m -> "调整方式须为降级（lowerGrade）或撤销（revoke）"),
            w("must be a short id like best", m -> "须为简短的英文编号，如 best"),
            w("groupTop needs grouping.top", m -> "按组取前几名需要先设置分组排名的名次"),
            w("is required (to revoke|for \\w+)", m -> "必须填写"),
            w("only a revoke names a list", m -> "只有撤销称号时才指定名单"),
            w("not used by kind .*", m -> "该名单类型不使用此项"),
            w("listed publishes nothing without a public list", m -> "只公布名单时至少需要一个公开名单"),
            w("name must be letters and digits.*", m -> "名称须由字母和数字组成，以字母开头"),
            w("needs min and max \\(or choices\\)", m -> "须填写下限和上限（或选项）"),
            w("a survey with choices .*", m -> "问卷的设置有误（有选项时须填写题数，不设下限、上限和评价组）"),
            w("only a survey with choices has questions", m -> "只有带选项的问卷才有题数"),
            w("must be one letter", m -> "选项须为一个字母"),
            w("must not repeat a group", m -> "评价组不能重复"));

    private SchemeProblemWording() {}

    private static Wording w(String regex, Function<Matcher, String> chinese) {
        return new Wording(Pattern.compile(regex, Pattern.DOTALL), chinese);
    }

    private static String part(String name) {
        return switch (name) {
            case "bonus" -> "加分项";
            case "penalty" -> "减分项";
            default -> "评分部分";
        };
    }

    /** What is wrong, in Chinese; never the engine's or the parser's English text. */
    public static String chinese(Problem problem) {
        String text = problem.message();
        for (Wording wording : WORDINGS) {
            Matcher m = wording.pattern().matcher(text);
            if (m.matches()) {
                return wording.chinese().apply(m);
            }
        }
        if (text.startsWith("expected ") || text.contains("unexpected") || text.contains("expression")) {
            return "公式有误，无法计算";
        }
        return "内容有误，请检查";
    }

    /** Where, in the form's words: {@code sections[0].items[2].rules[1].points} → 第1部分 第3项 第2条 分值. */
    public static String place(String path) {
        if (path == null || path.isEmpty()) {
            return "整个方案";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("\\.")) {
            Matcher indexed = Pattern.compile("^([A-Za-z]+)\\[(\\d+)]$").matcher(segment);
            if (out.length() > 0) {
                out.append(' ');
            }
            if (indexed.matches()) {
                int n = Integer.parseInt(indexed.group(2)) + 1;
                out.append(
                        switch (indexed.group(1)) {
                            case "sections" -> "第" + n + "部分";
                            case "items" -> "第" + n + "项";
                            case "rules" -> "第" + n + "条";
                            case "bands" -> "第" + n + "档等级";
                            case "vetoes" -> "第" + n + "个直接定级情形";
                            case "exclusions" -> "第" + n + "个不参评情形";
                            case "checklists" -> "第" + n + "张检查表";
                            case "questions" -> "第" + n + "个检查项";
                            case "lists" -> "第" + n + "个公布名单";
                            case "tiers" -> "第" + n + "档";
                            default -> FIELDS.getOrDefault(indexed.group(1), indexed.group(1)) + "第" + n + "个";
                        });
            } else {
                out.append(FIELDS.getOrDefault(segment, segment));
            }
        }
        return out.toString();
    }
}
