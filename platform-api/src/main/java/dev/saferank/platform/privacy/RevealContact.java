package dev.saferank.platform.privacy;

import dev.saferank.platform.graphql.UserError;
import java.util.List;

/**
 * The GraphQL types of a person's contact revealed in full (privacy.graphqls: RevealPersonalDataInput,
 * RevealedContact, RevealContactPayload), shared by the complaint's and the objection's reveal mutations; {@link
 * Reveals#contact} answers them.
 */
public final class RevealContact {

    private RevealContact() {}

    /** Which record's contact, and why (查看理由). */
    public record Input(long id, String reason) {}

    /** A name and a contact (a telephone, or for objections an e-mail) in full. */
    public record Contact(String name, String contact) {}

    public record Payload(Contact contact, List<UserError> errors) {}
}
