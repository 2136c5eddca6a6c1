package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a county bureau's staff (区县应急管理局, {@link Caller#isCounty()}) may do with agencies: the
 * agencies registered as working in their district, nothing else (泉州: "县级应急管理部门重点对在本辖区从事
 * 安全生产标准化专业技术服务的机构进行全覆盖执法检查"). The city's staff are not limited.
 */
final class CountyScope {

    private CountyScope() {}

    /** The list filter of a county caller: always its own district; another district is refused. */
    static AgencyFilter agencyFilter(Caller caller, AgencyFilter given) {
        if (!caller.isCounty()) {
            return given;
        }
        String own = caller.district().orElseThrow();
        if (given.district() != null && !given.district().equals(own)) {
            throw new InvalidInputException(
                    "filter.district", "OUTSIDE_DISTRICT", "区县用户只能查看本辖区（" + own + "）的机构，不能查看其他区县");
        }
        return new AgencyFilter(own, given.category(), given.status(), given.nameContains());
    }

    /**
     * Problems of a county caller's districts for an agency: its own district must stay among them and
     * the other districts' entries ({@code before}: the agency's districts before the change, empty on
     * registration) must stay as they were; a county acts on its district only.
     */
    static List<UserError> districtProblems(Caller caller, List<String> requested, Set<String> before) {
        List<UserError> errors = new ArrayList<>();
        if (!caller.isCounty()) {
            return errors;
        }
        String own = caller.district().orElseThrow();
        if (!requested.contains(own)) {
            errors.add(UserError.of(
                    "input.districts", "OUTSIDE_DISTRICT", "区县用户只能登记或修改在本辖区（" + own + "）从业的机构：服务区县须包含 " + own));
        }
        Set<String> othersBefore = new TreeSet<>(before);
        othersBefore.remove(own);
        Set<String> othersAfter = new TreeSet<>(requested);
        othersAfter.remove(own);
        if (!othersBefore.equals(othersAfter)) {
            errors.add(UserError.of(
                    "input.districts",
                    "OTHER_DISTRICT",
                    "区县用户不能增减其他区县的服务区县（原为：" + (othersBefore.isEmpty() ? "无" : String.join("、", othersBefore)) + "）"));
        }
        return errors;
    }
}
