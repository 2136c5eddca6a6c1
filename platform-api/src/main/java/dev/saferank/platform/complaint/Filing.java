package dev.saferank.platform.complaint;

import dev.saferank.platform.abuse.ClientLimits;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.outbox.Outbox;
import dev.saferank.platform.privacy.ClientAddressHashes;
import dev.saferank.platform.privacy.KeyedHash;
import dev.saferank.platform.privacy.PersonalData;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a complaint from the public: checked, rate-limited per client address (kept only as a
 * keyed hash), given a random tracking code, written with its history and outbox row in one transaction.
 */
@Service
class Filing {

    static final String ENTITY = "complaint";
    /** Where the sealed contact is kept: the associated data of its ciphertext. */
    static final String CONTACT_NAME = "complaint.contact_name";

    static final String CONTACT_PHONE = "complaint.contact_phone";
    /** Crockford's base32 without I, L, O, U: 16 characters carry 80 random bits. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    record NewComplaint(
            String city,
            String agencyName,
            String subject,
            String body,
            boolean anonymous,
            String contactName,
            String contactPhone) {}

    private final ComplaintMapper mapper;
    private final History history;
    private final Outbox outbox;
    private final ComplaintSettings settings;
    private final KeyedHash addresses;
    private final PersonalData personal;
    private final ClientLimits limits;

    Filing(
            ComplaintMapper mapper,
            History history,
            Outbox outbox,
            ComplaintSettings settings,
            ClientAddressHashes addresses,
            PersonalData personal,
            ClientLimits limits) {
        this.mapper = mapper;
        this.history = history;
        this.outbox = outbox;
        this.settings = settings;
        this.addresses = addresses.hash();
        this.personal = personal;
        this.limits = limits;
    }

    /**
     * Returns the tracking code. The client's lock row comes first: filings from one address, on any node,
     * then count and insert one after another (20 at once: exactly the limit accepted).
     */
    @Transactional
    String file(String clientAddress, NewComplaint c) {
        String clientKey = hmac(clientAddress);
        limits.lockComplaints(clientKey);
        check(c);
        if (mapper.filedSince(clientKey, 60) >= settings.perHour()) {
            throw new InvalidInputException(
                    null, "RATE_LIMITED", "提交过于频繁：每个网络地址每小时最多提交 " + settings.perHour() + " 件投诉，请稍后再试");
        }
        String code = trackingCode();
        var row = new ComplaintMapper.NewRow(
                code,
                c.agencyName().strip(),
                c.subject().strip(),
                c.body().strip(),
                c.anonymous()
                        ? null
                        : personal.seal(CONTACT_NAME, c.city(), c.contactName().strip()),
                c.anonymous()
                        ? null
                        : personal.seal(
                                CONTACT_PHONE, c.city(), c.contactPhone().strip()),
                clientKey);
        mapper.insert(c.city(), row);
        history.record(c.city(), ENTITY, row.id, "filed", "public", null, java.util.Map.of("trackingCode", code));
        outbox.enqueue(c.city(), ENTITY, row.id);
        return code;
    }

    private void check(NewComplaint c) {
        List<UserError> errors = new ArrayList<>();
        if (c.city() == null || c.city().isBlank() || c.city().length() > 32 || !mapper.tenantExists(c.city())) {
            errors.add(UserError.of("input.city", "UNKNOWN_CITY", "未找到该城市，请选择受理投诉的城市"));
        }
        text(errors, "input.agencyName", c.agencyName(), 200, "被投诉机构名称");
        text(errors, "input.subject", c.subject(), 200, "投诉事项");
        text(errors, "input.body", c.body(), 5000, "投诉内容");
        if (!c.anonymous()) {
            text(errors, "input.contactName", c.contactName(), 100, "联系人姓名（或选择匿名投诉）");
            if (c.contactPhone() == null || !c.contactPhone().strip().matches("[0-9+\\- ]{5,20}")) {
                errors.add(UserError.of("input.contactPhone", "INVALID_PHONE", "联系电话格式不正确（5 到 20 位数字）"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void text(List<UserError> errors, String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            errors.add(UserError.of(field, "REQUIRED", "请填写" + label));
        } else if (value.length() > max) {
            errors.add(UserError.of(field, "TOO_LONG", label + "过长（上限 " + max + " 字）"));
        }
    }

    static String trackingCode() {
        var code = new char[16];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    private String hmac(String address) {
        return addresses.current(address).hex();
    }
}
