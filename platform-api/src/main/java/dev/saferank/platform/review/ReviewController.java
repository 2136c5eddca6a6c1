package dev.saferank.platform.review;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** 复核 and proposed downgrades over GraphQL. */
@Controller
class ReviewController {

    record SetReviewPeriodInput(long publicationId, LocalDate endsOn) {}

    record RequestReviewInput(long publicationId, String reason) {}

    record DecideReviewInput(long id, String decision, String reason, Long runId) {}

    record DowngradeProposalInput(Long sanctionId, Long findingId, long publicationId) {}

    record DismissDowngradeInput(Long sanctionId, Long findingId, long publicationId, String reason) {}

    record ReviewPeriodPayload(LocalDate endsOn, List<UserError> errors) {}

    record ReviewRequestPayload(ReviewRequest reviewRequest, List<UserError> errors) {}

    record ConfirmDowngradePayload(Long publicationId, RatingBars.Bar bar, List<UserError> errors) {}

    record BarAgencyInput(long agencyId, String exclusionCode, int firstYear, int years, String reason) {}

    record RatingBarPayload(RatingBars.Bar bar, List<UserError> errors) {}

    private final Reviews reviews;
    private final DowngradeProposals proposals;
    private final Agencies agencies;
    private final RatingBars bars;
    private final Auditing auditing;

    ReviewController(
            Reviews reviews, DowngradeProposals proposals, Agencies agencies, RatingBars bars, Auditing auditing) {
        this.reviews = reviews;
        this.proposals = proposals;
        this.agencies = agencies;
        this.bars = bars;
        this.auditing = auditing;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<RatingBars.Bar> ratingBars(Authentication auth) {
        return bars.list(Callers.tenant(auth));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<RatingBars.BarExclusion> barExclusions(@Argument int year, Authentication auth) {
        return bars.exclusions(Callers.tenant(auth), year);
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    RatingBarPayload barAgency(
            @Argument BarAgencyInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        String actor = Callers.require(auth).username();
        try {
            return new RatingBarPayload(
                    auditing.audited(
                            auth,
                            clientAddress,
                            AuditAction.RATING_BARRED,
                            () -> bars.bar(
                                    tenant,
                                    actor,
                                    input.agencyId(),
                                    input.exclusionCode(),
                                    input.firstYear(),
                                    input.years(),
                                    input.reason()),
                            bar -> Auditing.Target.of("ratingBar", bar.id())
                                    .with("agencyId", bar.agencyId())
                                    .with("exclusionCode", bar.exclusionCode())
                                    .with("firstYear", bar.firstYear())
                                    .with("lastYear", bar.lastYear())),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new RatingBarPayload(null, invalid.errors());
        }
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    LocalDate reviewPeriod(@Argument long publicationId, Authentication auth) {
        return reviews.period(Callers.tenant(auth), publicationId).orElse(null);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<ReviewRequest> reviewRequests(@Argument long publicationId, Authentication auth) {
        return reviews.ofPublication(Callers.tenant(auth), publicationId);
    }

    @QueryMapping
    @PreAuthorize("hasRole('agency-user')")
    List<Reviews.Reviewable> myReviewablePublications(Authentication auth) {
        return agencies.ownAgency(Callers.require(auth))
                .map(a -> reviews.reviewable(Callers.tenant(auth), a.id()))
                .orElse(List.of());
    }

    @QueryMapping
    @PreAuthorize("hasRole('agency-user')")
    List<ReviewRequest> myReviewRequests(Authentication auth) {
        return agencies.ownAgency(Callers.require(auth))
                .map(a -> reviews.ofAgency(Callers.tenant(auth), a.id()))
                .orElse(List.of());
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<DowngradeProposals.Proposal> downgradeProposals(Authentication auth) {
        return proposals.open(Callers.tenant(auth));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    ReviewPeriodPayload setReviewPeriod(@Argument SetReviewPeriodInput input, Authentication auth) {
        try {
            return new ReviewPeriodPayload(
                    reviews.setPeriod(
                            Callers.tenant(auth),
                            input.publicationId(),
                            input.endsOn(),
                            Callers.require(auth).username()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new ReviewPeriodPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('agency-user')")
    ReviewRequestPayload requestReview(@Argument RequestReviewInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        return payload(() -> reviews.request(
                Callers.tenant(auth),
                agencies.ownAgency(caller)
                        .orElseThrow(
                                () -> new InvalidInputException("input.publicationId", "NO_AGENCY", "本账号未关联机构，不能申请复核"))
                        .id(),
                input.publicationId(),
                input.reason(),
                caller.username()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    ReviewRequestPayload decideReview(
            @Argument DecideReviewInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        // audited with the decision, and the correction publication it queued, if any
        return payload(() -> auditing.audited(
                auth,
                clientAddress,
                AuditAction.REVIEW_DECIDED,
                () -> reviews.decide(
                        Callers.tenant(auth),
                        input.id(),
                        input.decision(),
                        input.reason(),
                        input.runId(),
                        Callers.require(auth).username()),
                r -> Auditing.Target.of("reviewRequest", r.id())
                        .with("decision", r.status())
                        .with("publicationId", r.publicationId())
                        .with("correctionPublicationId", r.correctionPublicationId())));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    ConfirmDowngradePayload confirmDowngrade(
            @Argument DowngradeProposalInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        String actor = Callers.require(auth).username();
        try {
            // audited as the downgrade it queues; a bar it records (佛山) is named in the record's details
            DowngradeProposals.Confirmed confirmed = auditing.audited(
                    auth,
                    clientAddress,
                    AuditAction.DOWNGRADE_REQUESTED,
                    () -> proposals.confirm(
                            tenant, source(input.sanctionId(), input.findingId()), input.publicationId(), actor),
                    c -> {
                        var target = sourced(
                                        Auditing.Target.of("publication", c.publicationId()),
                                        input.sanctionId(),
                                        input.findingId())
                                .with("supersedes", input.publicationId());
                        return c.bar() == null
                                ? target
                                : target.with("ratingBarId", c.bar().id());
                    });
            return new ConfirmDowngradePayload(confirmed.publicationId(), confirmed.bar(), List.of());
        } catch (InvalidInputException invalid) {
            return new ConfirmDowngradePayload(null, null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    ConfirmDowngradePayload dismissDowngrade(
            @Argument DismissDowngradeInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        String actor = Callers.require(auth).username();
        try {
            // audited like its confirmation: the publication the proposal was against and the sanction (the reason,
            // free text that may name people, stays in downgrade_decision: the audit's details carry no personal data)
            auditing.audited(
                    auth,
                    clientAddress,
                    AuditAction.DOWNGRADE_DISMISSED,
                    () -> {
                        proposals.dismiss(
                                tenant,
                                source(input.sanctionId(), input.findingId()),
                                input.publicationId(),
                                input.reason(),
                                actor);
                        return input;
                    },
                    in -> sourced(
                            Auditing.Target.of("publication", in.publicationId()), in.sanctionId(), in.findingId()));
            return new ConfirmDowngradePayload(null, null, List.of());
        } catch (InvalidInputException invalid) {
            return new ConfirmDowngradePayload(null, null, invalid.errors());
        }
    }

    @org.springframework.graphql.data.method.annotation.SchemaMapping(typeName = "Sanction")
    List<DowngradeProposals.SanctionDowngrade> downgrades(
            dev.saferank.platform.sanction.Sanction sanction, Authentication auth) {
        return proposals.ofSanction(Callers.tenant(auth), sanction.id());
    }

    /** The proposal's source: exactly one of a sanction and a finding (佛山 9.1 不良信息). */
    private static DowngradeProposals.Source source(Long sanctionId, Long findingId) {
        if ((sanctionId == null) == (findingId == null)) {
            throw new InvalidInputException(
                    sanctionId == null ? "input.sanctionId" : "input.findingId",
                    "ONE_SOURCE",
                    "须且只能填写处罚编号（sanctionId）或检查发现编号（findingId）之一");
        }
        return sanctionId != null
                ? new DowngradeProposals.Source(DowngradeProposals.Source.SANCTION, sanctionId)
                : new DowngradeProposals.Source(DowngradeProposals.Source.FINDING, findingId);
    }

    private static Auditing.Target sourced(Auditing.Target target, Long sanctionId, Long findingId) {
        return sanctionId != null ? target.with("sanctionId", sanctionId) : target.with("findingId", findingId);
    }

    private static ReviewRequestPayload payload(Supplier<ReviewRequest> action) {
        try {
            return new ReviewRequestPayload(action.get(), List.of());
        } catch (InvalidInputException invalid) {
            return new ReviewRequestPayload(null, invalid.errors());
        }
    }
}
