package dev.saferank.rating.audit;

import java.util.Optional;

/**
 * The privileged actions the audit trail records, each with the Chinese label the console and the CSV
 * export show. The name is what is stored (and hashed): never rename a constant, add new ones.
 */
public enum AuditAction {
    SIGN_IN_FAILED("登录失败"),
    USER_ADMINISTERED("用户管理（Keycloak管理台）"),
    USER_INVITED("创建用户"),
    USER_ENABLED("启用用户"),
    USER_DISABLED("停用用户"),
    USER_ROLES_CHANGED("变更用户角色"),
    TENANT_ONBOARDED("开通城市"),
    SCHEME_UPLOADED("上传考评方案"),
    SCHEME_ACTIVATED("启用考评方案"),
    RATING_STARTED("启动年度考评"),
    NOTICE_OPENED("发布公示"),
    OBJECTION_ACCEPTED("采纳异议"),
    OBJECTION_REJECTED("驳回异议"),
    PUBLICATION_REQUESTED("申请公布"),
    CORRECTION_REQUESTED("申请更正公布"),
    DOWNGRADE_REQUESTED("申请公布后降级"),
    PUBLICATION_PUBLISHED("公布完成"),
    IMPORTED("导入数据"),
    EXPORTED("导出数据"),
    PERSONAL_DATA_REVEALED("查看个人信息"),
    AUDIT_EXPORTED("导出审计日志"),
    COUNTY_RATING_FILED("区县评定结果公布并报市局备案"),
    RATING_BARRED("记录禁入期"),
    EXAM_RESULTS_PUBLISHED("公示技术人员抽考成绩"),
    DOWNGRADE_DISMISSED("不予降级（驳回降级建议）"),
    REVIEW_DECIDED("复核决定"),
    /** A privileged change refused to its caller (not signed in, or not allowed): outcome refused. */
    ACCESS_REFUSED("越权操作被拒绝");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The Chinese label shown to bureau users. */
    public String label() {
        return label;
    }

    /** The action of a stored name, empty for a name this version does not know. */
    public static Optional<AuditAction> of(String name) {
        for (AuditAction a : values()) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
