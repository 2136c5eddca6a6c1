package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The campaign calendar of the caller's tenant: bureau admins set it, every tenant role reads it. */
@Controller
class CampaignController {

    record SetCampaignPayload(Campaign campaign, List<UserError> errors) {}

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user', 'county-admin', 'county-inspector')")
    Campaign campaign(@Argument int year, Authentication auth) {
        return campaigns.of(Callers.tenant(auth), year).orElse(null);
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    SetCampaignPayload setCampaign(@Argument Campaigns.SetCampaignInput input, Authentication auth) {
        try {
            return new SetCampaignPayload(
                    campaigns.set(
                            Callers.tenant(auth), input, Callers.require(auth).username()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new SetCampaignPayload(null, invalid.errors());
        }
    }
}
