package dev.saferank.scheme;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's facts problems in Chinese for bureaus and agencies. The engine reports in English by
 * path; the problems met in the middle of a year (facts not recorded yet) are worded here, anything
 * else keeps the engine's text after a Chinese lead. The live preview and the rating job both word
 * their problems here, so that a bureau reads the same sentence in either.
 */
public final class ProblemWording {

    private static final Pattern MEASUREMENT = Pattern.compile("^measurements\\.([^.\\[]+)$");
    private static final Pattern DATA = Pattern.compile("^data\\.([^.\\[]+)$");
    private static final Pattern REQUIRED_BY = Pattern.compile("^is required by rule (\\S+)$");
    private static final Pattern TOO_FEW = Pattern.compile("^rule (\\S+) needs at least (\\S+) values .*got (\\d+)$");

    private ProblemWording() {}

    /** The problem's message in Chinese, with the scheme's own wording of what is missing. */
    public static String chinese(Problem problem, Scheme scheme) {
        String path = problem.path();
        String text = problem.message();
        Matcher measurement = MEASUREMENT.matcher(path);
        if (measurement.matches()) {
            String what = measurementWording(scheme, measurement.group(1));
            Matcher required = REQUIRED_BY.matcher(text);
            if (required.matches()) {
                return "尚无测评数据「" + what + "」（第 " + required.group(1) + " 条评分规则需要）";
            }
            Matcher tooFew = TOO_FEW.matcher(text);
            if (tooFew.matches()) {
                return "测评数据「" + what + "」不足：第 " + tooFew.group(1) + " 条评分规则至少需要 " + tooFew.group(2) + " 个，现有 "
                        + tooFew.group(3) + " 个";
            }
        }
        Matcher data = DATA.matcher(path);
        if (data.matches() && text.startsWith("is required")) {
            String field = data.group(1);
            String what = Optional.ofNullable(scheme.agencyData().get(field))
                    .map(f -> f.wording())
                    .orElse(field);
            return "尚未填报机构数据「" + what + "」（" + field + "），方案计分需要";
        }
        if (path.equals("sampledEnterprises")) {
            return "尚未记录现场抽查的服务企业：方案按抽查企业逐一评分后取平均，请在机构的「现场抽查企业」中记录";
        }
        return "事实数据有误：" + text;
    }

    private static String measurementWording(Scheme scheme, String name) {
        return Optional.ofNullable(scheme.measurements().get(name))
                .map(MeasurementSpec::wording)
                .map(wording -> wording + "（" + name + "）")
                .orElse(name);
    }
}
