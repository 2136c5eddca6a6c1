package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.history.History;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's districts (区县): codes and names unique within the tenant. */
@Service
class Districts {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z_-]{1,32}");

    private final TenantMapper mapper;
    private final History history;

    Districts(TenantMapper mapper, History history) {
        this.mapper = mapper;
        this.history = history;
    }

    List<District> of(String tenant) {
        return mapper.findDistricts(tenant);
    }

    @Transactional
    District add(String tenant, String code, String name, String actor) {
        var checks = new Checks();
        if (checks.text("input.code", code, 32, "区县代码")) {
            checks.matches("input.code", code, CODE, "INVALID_CODE", "区县代码须为 1–32 位字母、数字、_ 或 -（如 350502）");
        }
        checks.text("input.name", name, 100, "区县名称");
        checks.throwIfAny();
        if (mapper.findDistrict(tenant, code).isPresent()) {
            throw new InvalidInputException("input.code", "DUPLICATE_CODE", "区县代码 " + code + " 已存在");
        }
        requireFreeName(tenant, name.strip());
        try {
            mapper.insertDistrict(tenant, code, name.strip());
        } catch (DuplicateKeyException concurrent) {
            throw new InvalidInputException("input.code", "DUPLICATE_CODE", "区县代码 " + code + " 已存在");
        }
        var district = new District(code, name.strip());
        history.record(tenant, "district", code, "added", actor, null, district);
        return district;
    }

    @Transactional
    District rename(String tenant, String code, String name, String actor) {
        var checks = new Checks();
        checks.text("input.name", name, 100, "区县名称");
        checks.throwIfAny();
        District before = mapper.findDistrict(tenant, code).orElseThrow(() -> new NotFoundException("区县 " + code));
        if (!before.name().equals(name.strip())) {
            requireFreeName(tenant, name.strip());
            mapper.renameDistrict(tenant, code, name.strip());
        }
        var district = new District(code, name.strip());
        history.record(tenant, "district", code, "renamed", actor, "原名称：" + before.name(), district);
        return district;
    }

    private void requireFreeName(String tenant, String name) {
        mapper.findDistrictByName(tenant, name).ifPresent(other -> {
            throw new InvalidInputException(
                    "input.name", "DUPLICATE_NAME", "区县名称“" + name + "”已被代码 " + other.code() + " 使用");
        });
    }
}
