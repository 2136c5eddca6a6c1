package dev.saferank.platform.staff;

import dev.saferank.platform.graphql.UserError;
import java.util.ArrayList;
import java.util.List;

/** Every problem of a staff member's input, found before anything is written. */
final class StaffChecks {

    static final int MAX_NAME = 100;
    static final int MAX_CERTIFICATES = 20;

    private StaffChecks() {}

    static List<UserError> problems(StaffInput input) {
        List<UserError> errors =
                details(input.trimmedName(), input.trimmedTitle().orElse(null), input.certificateList());
        IdNumbers.problem(IdNumbers.normalized(input.idNumber()))
                .ifPresent(problem -> errors.add(UserError.of("input.idNumber", "INVALID_ID_NUMBER", problem)));
        return errors;
    }

    /** The problems of what a change may touch: name (trimmed), title (trimmed, may be null) and certificates. */
    static List<UserError> details(String name, String title, List<CertificateInput> certificates) {
        List<UserError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(UserError.of("input.name", "REQUIRED", "请填写姓名"));
        } else if (name.length() > MAX_NAME) {
            errors.add(UserError.of("input.name", "TOO_LONG", "姓名过长（上限 " + MAX_NAME + " 字）"));
        }
        if (title != null && title.length() > 100) {
            errors.add(UserError.of("input.title", "TOO_LONG", "职称过长（上限 100 字）"));
        }
        if (certificates.size() > MAX_CERTIFICATES) {
            errors.add(UserError.of("input.certificates", "TOO_MANY", "证书过多（上限 " + MAX_CERTIFICATES + " 个）"));
            return errors;
        }
        for (int i = 0; i < certificates.size(); i++) {
            CertificateInput certificate = certificates.get(i);
            String at = "input.certificates[" + i + "]";
            if (CertificateTypes.label(certificate.type()).isEmpty()) {
                errors.add(UserError.of(
                        at + ".type",
                        "INVALID_CERTIFICATE_TYPE",
                        "证书类型无效，应为：" + String.join("、", CertificateTypes.all().values()) + "之一"));
            }
            String number =
                    certificate.number() == null ? "" : certificate.number().strip();
            if (number.isEmpty()) {
                errors.add(UserError.of(at + ".number", "REQUIRED", "请填写证书编号"));
            } else if (number.length() > 64) {
                errors.add(UserError.of(at + ".number", "TOO_LONG", "证书编号过长（上限 64 字符）"));
            }
        }
        return errors;
    }
}
