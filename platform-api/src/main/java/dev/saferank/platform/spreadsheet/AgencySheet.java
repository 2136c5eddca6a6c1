package dev.saferank.platform.spreadsheet;

import java.util.List;

/** The agency sheet's layout: one definition for the template and the reader. */
final class AgencySheet {

    static final String AGENCIES = "机构";
    static final String STAFF = "人员";
    static final String ENGAGEMENTS = "服务项目";

    static final List<String> AGENCY_HEADERS =
            List.of("统一社会信用代码*", "机构名称*", "机构类别*", "资质", "办公面积（平方米）", "服务区县（多个用、分隔）");

    static final List<String> STAFF_HEADERS =
            List.of("机构统一社会信用代码*", "姓名*", "公民身份号码*", "专职（是/否）", "职称", "证书类型", "证书编号", "证书有效期至");

    static final List<String> ENGAGEMENT_HEADERS =
            List.of("机构统一社会信用代码*", "服务企业名称*", "企业统一社会信用代码", "所在区县*", "服务类型*", "合同日期*", "合同金额（元）");

    /** At most this many rows a sheet (a city has hundreds of agencies, a few thousand staff). */
    static final int MAX_ROWS = 20_000;

    private AgencySheet() {}

    static String column(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
