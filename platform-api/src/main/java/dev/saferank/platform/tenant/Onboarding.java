package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.scheme.Schemes;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Onboarding a city: its Keycloak organization with the three role groups, its first bureau admin,
 * the tenant row and the first scheme version from a shipped template. Keycloak is not
 * transactional, so everything is validated first, then Keycloak is written, then the database in
 * one transaction; when the database step fails, what was created in Keycloak is removed again.
 */
@Service
class Onboarding {

    /** What the platform admin gives. */
    record OnboardTenantInput(String id, String name, NewUser admin, String template, Integer year) {}

    static final Pattern TENANT_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final Organizations organizations;
    private final RealmUsers users;
    private final TenantMapper tenants;
    private final TenantSetup setup;
    private final Schemes schemes;

    Onboarding(
            Organizations organizations, RealmUsers users, TenantMapper tenants, TenantSetup setup, Schemes schemes) {
        this.organizations = organizations;
        this.users = users;
        this.tenants = tenants;
        this.setup = setup;
        this.schemes = schemes;
    }

    TenantSummary onboard(OnboardTenantInput input, String actor) {
        String source = validate(input);
        String organizationId =
                organizations.createOrganization(input.id(), input.name().strip());
        String userId = null;
        try {
            userId = users.createUser(input.admin());
            organizations.addMember(organizationId, userId, TenantRole.BUREAU_ADMIN);
            return setup.store(input.id(), input.name().strip(), organizationId, source, input.year(), actor);
        } catch (RuntimeException failed) {
            compensate(input.id(), organizationId, userId);
            if (failed instanceof DuplicateKeyException) {
                throw new InvalidInputException("input.id", "TENANT_EXISTS", "城市标识 " + input.id() + " 已被使用");
            }
            throw failed;
        }
    }

    /** Checks the whole input, and that nothing exists yet; returns the tenant's first scheme (null: blank). */
    private String validate(OnboardTenantInput input) {
        var checks = new Checks();
        if (checks.text("input.id", input.id(), 32, "城市标识")) {
            checks.matches(
                    "input.id", input.id(), TENANT_ID, "INVALID_TENANT_ID", "城市标识须为 2–32 位小写字母、数字或连字符，以字母开头（如 xiamen）");
        }
        checks.text("input.name", input.name(), 100, "城市名称");
        if (input.admin() == null) {
            checks.fail("input.admin", "REQUIRED", "请填写首位管理员");
        } else {
            checks.user("input.admin", input.admin());
        }
        if (!Templates.known(input.template())) {
            checks.fail(
                    "input.template",
                    "UNKNOWN_TEMPLATE",
                    "未知的方案模板“" + input.template() + "”，可选：" + String.join("、", Templates.NAMES) + "、" + Templates.BLANK
                            + "（空白，不带方案）");
        }
        if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
            checks.fail("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        checks.throwIfAny();
        if (tenants.findTenant(input.id()).isPresent()
                || organizations.idOf(input.id()).isPresent()) {
            checks.fail("input.id", "TENANT_EXISTS", "城市标识 " + input.id() + " 已被使用");
        }
        if (users.usernameTaken(input.admin().username())) {
            checks.fail(
                    "input.admin.username",
                    "USERNAME_TAKEN",
                    "用户名 " + input.admin().username() + " 已被使用");
        }
        if (users.emailTaken(input.admin().email())) {
            checks.fail(
                    "input.admin.email", "EMAIL_TAKEN", "电子邮箱 " + input.admin().email() + " 已被其他用户使用");
        }
        checks.throwIfAny();
        if (Templates.BLANK.equals(input.template())) {
            return null;
        }
        String source = Templates.forTenant(input.template(), input.id(), input.year());
        schemes.validate(input.id(), source);
        return source;
    }

    private void compensate(String tenant, String organizationId, String userId) {
        log.warn("Onboarding of {} failed; removing its Keycloak organization and user", tenant);
        try {
            if (userId != null) {
                users.deleteUser(userId);
            }
        } finally {
            organizations.deleteOrganization(organizationId);
        }
    }
}
