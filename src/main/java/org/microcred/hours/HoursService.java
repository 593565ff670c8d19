package org.microcred.hours;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.assertion.Assertion;
import org.microcred.assertion.AssertionService;
import org.microcred.assertion.RecipientIdentity;
import org.microcred.badgeclass.BadgeClassService;
import org.microcred.common.Hours;
import org.microcred.common.ProblemException;
import org.microcred.issuer.Issuer;
import org.microcred.issuer.IssuerService;
import org.microcred.security.Caller;

/**
 * Contact-hours ledgers and license-renewal status.
 *
 * <p>The counting rule: an assertion counts toward a window [from, to) when it was issued in the window, is not
 * revoked, and had not expired at the evaluation instant (the end of the window, or now if that comes first). Its
 * hours are those its badge class carried when it was issued. Revoked and expired ones are listed as excluded.
 */
@ApplicationScoped
public class HoursService {

    private final AssertionService assertions;
    private final BadgeClassService badges;
    private final IssuerService issuers;
    private final Clock clock;

    public HoursService(AssertionService assertions, BadgeClassService badges, IssuerService issuers, Clock clock) {
        this.assertions = assertions;
        this.badges = badges;
        this.issuers = issuers;
        this.clock = clock;
    }

    private record Tally(BigDecimal total, List<HoursViews.Entry> counted, List<HoursViews.Entry> excluded,
            Instant evaluatedAt) {
    }

    /** Hours in [from, to) within the caller's scope (an issuer key: its own awards; the admin: all, or one issuer). */
    public HoursViews.Report hours(Caller caller, UUID issuerId, RecipientIdentity recipient, Instant from,
            Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        if (issuerId != null) {
            issuers.get(caller, issuerId);
        }
        Tally tally = tally(caller, issuerId, recipient, from, to);
        return new HoursViews.Report(recipient.identity(), recipient.type(), from, to, tally.evaluatedAt(),
                Hours.display(tally.total()), Hours.UNIT, tally.counted(), tally.excluded());
    }

    /**
     * Renewal status under the issuer's policy for the cycle starting at {@code cycleStart}: an issuer key uses its
     * own policy; the admin names the issuer.
     */
    public HoursViews.Renewal renewal(Caller caller, UUID issuerId, RecipientIdentity recipient, Instant cycleStart) {
        UUID policyIssuer = caller.scope().orElse(issuerId);
        if (policyIssuer == null) {
            throw ProblemException.invalid("issuerId", "is required with the admin key: whose renewal policy?");
        }
        Issuer issuer = issuers.get(caller, policyIssuer);
        Instant cycleEnd = cycleStart.atOffset(ZoneOffset.UTC).plusYears(issuer.renewalCycleYears).toInstant();
        Tally tally = tally(caller, issuer.id, recipient, cycleStart, cycleEnd);
        BigDecimal required = issuer.renewalRequiredHours;
        BigDecimal remaining = required.subtract(tally.total()).max(BigDecimal.ZERO);
        return new HoursViews.Renewal(recipient.identity(), recipient.type(),
                new HoursViews.Policy(issuer.id, Hours.display(required), issuer.renewalCycleYears), cycleStart,
                cycleEnd, Hours.display(tally.total()), Hours.display(remaining), remaining.signum() == 0,
                Hours.UNIT, tally.counted(), tally.excluded());
    }

    private Tally tally(Caller caller, UUID issuerId, RecipientIdentity recipient, Instant from, Instant to) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant evaluatedAt = to == null || to.isAfter(now) ? now : to;
        BigDecimal total = BigDecimal.ZERO;
        List<HoursViews.Entry> counted = new ArrayList<>();
        List<HoursViews.Entry> excluded = new ArrayList<>();
        Map<UUID, String> badgeNames = new HashMap<>();
        for (Assertion a : assertions.issuedBetween(caller, issuerId, recipient, from, to)) {
            String reason = a.revoked() ? "revoked" : a.expiredAt(evaluatedAt) ? "expired" : null;
            String name = badgeNames.computeIfAbsent(a.badgeClassId,
                    id -> badges.find(id).map(b -> b.name).orElse(null));
            HoursViews.Entry entry = new HoursViews.Entry(a.id, a.badgeClassId, name, a.issuerId, a.issuedOn,
                    a.expires, Hours.display(a.contactHours), reason);
            if (reason == null) {
                total = total.add(a.contactHours);
                counted.add(entry);
            } else {
                excluded.add(entry);
            }
        }
        return new Tally(total, counted, excluded, evaluatedAt);
    }
}
