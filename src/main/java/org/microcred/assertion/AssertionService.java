package org.microcred.assertion;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.microcred.assertion.AssertionRequests.Evidence;
import org.microcred.assertion.AssertionRequests.Issue;
import org.microcred.badgeclass.BadgeClass;
import org.microcred.badgeclass.BadgeClassService;
import org.microcred.common.Hours;
import org.microcred.common.JsonText;
import org.microcred.common.Page;
import org.microcred.common.ProblemException;
import org.microcred.common.PublicUrls;
import org.microcred.common.Urls;
import org.microcred.openbadges.v2.AssertionDocument;
import org.microcred.openbadges.v2.OpenBadgesV2;
import org.microcred.openbadges.v2.RevocationListDocument;
import org.microcred.security.Caller;
import org.microcred.security.Secrets;
import org.microcred.signing.SigningKeyService;

/** Issuing (one or many, all or nothing), listing and revoking assertions. */
@ApplicationScoped
public class AssertionService {

    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() { };

    /** A live award, without its documents: what stack progress and completion need. */
    public record LiveAward(UUID id, UUID badgeClassId, Instant issuedOn, String delivery) {
    }

    /** What an issuing request produced; {@code replayed} when an Idempotency-Key matched an earlier request. */
    public record Issued(List<Assertion> assertions, boolean replayed) {
    }

    /** A request entry, checked and normalized, ready to be written. */
    private record Prepared(String field, RecipientIdentity recipient, List<Evidence> evidence, String narrative,
            Instant issuedOn, Instant expires, String delivery) {
    }

    private final BadgeClassService badges;
    private final SigningKeyService signingKeys;
    private final IdempotencyService idempotency;
    private final PublicUrls urls;
    private final JsonText json;
    private final Clock clock;
    private final Event<BadgeAwarded> awarded;

    public AssertionService(BadgeClassService badges, SigningKeyService signingKeys, IdempotencyService idempotency,
            PublicUrls urls, JsonText json, Clock clock, Event<BadgeAwarded> awarded) {
        this.badges = badges;
        this.signingKeys = signingKeys;
        this.idempotency = idempotency;
        this.urls = urls;
        this.json = json;
        this.clock = clock;
        this.awarded = awarded;
    }

    /**
     * Issues the requested assertions of one badge class in one transaction: every entry is checked before any is
     * written, and one bad entry refuses them all. {@code batch} only changes how fields are named in errors.
     */
    @Transactional
    public Issued issue(Caller caller, UUID badgeClassId, List<Issue> requests, boolean batch,
            String idempotencyKey) {
        BadgeClass badge = badges.get(caller, badgeClassId);
        if (idempotencyKey != null) {
            Optional<List<UUID>> earlier = idempotency.claim(badge.issuerId, idempotencyKey,
                    requestHash(badgeClassId, batch, requests));
            if (earlier.isPresent()) {
                return new Issued(load(earlier.get()), true);
            }
        }
        Instant now = clock.instant();
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            prepared.add(prepare(batch ? "assertions[" + i + "]." : "", badge, requests.get(i), now));
        }
        lockRecipients(prepared.stream().map(Prepared::recipient).toList());
        List<Assertion> issued = new ArrayList<>();
        for (Prepared entry : prepared) {
            issued.add(award(badge, entry, null));
        }
        if (idempotencyKey != null) {
            idempotency.complete(badge.issuerId, idempotencyKey, issued.stream().map(a -> a.id).toList());
        }
        return new Issued(issued, false);
    }

    /**
     * Awards a stack's completion badge (signed), inside the transaction of the award that completed the stack.
     * If the recipient already holds it and it may not be held twice, that award stands for the completion.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assertion awardCompletion(UUID badgeClassId, RecipientIdentity recipient, Instant completedOn,
            UUID stackId, String narrative, List<LiveAward> components) {
        BadgeClass badge = badges.find(badgeClassId).orElseThrow();
        if (!badge.allowDuplicates) {
            Optional<Assertion> held = liveAward(badge.id, recipient);
            if (held.isPresent()) {
                return held.get();
            }
        }
        Instant expires = badges.expiryFor(badge, completedOn).orElse(null);
        // The evidence of a completion is the component awards themselves.
        List<Evidence> evidence = components.stream().map(c -> new Evidence(
                Assertion.HOSTED.equals(c.delivery()) ? urls.assertion(c.id()) : null,
                badges.find(c.badgeClassId()).map(b -> b.name).orElse(null),
                "Holds assertion " + openBadgeId(c.id(), c.delivery()) + ", issued "
                        + OpenBadgesV2.date(c.issuedOn()) + ".", null, null, null))
                .toList();
        Prepared entry = new Prepared("", recipient, evidence, narrative, completedOn, expires, Assertion.SIGNED);
        return award(badge, entry, stackId);
    }

    public Page<Assertion> list(Caller caller, UUID badgeClassId, RecipientIdentity recipient, int page, int size) {
        if (badgeClassId != null) {
            badges.get(caller, badgeClassId);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        caller.scope().ifPresent(issuer -> {
            where.append(" and issuerId = :issuer");
            params.put("issuer", issuer);
        });
        if (badgeClassId != null) {
            where.append(" and badgeClassId = :badge");
            params.put("badge", badgeClassId);
        }
        if (recipient != null) {
            where.append(" and recipientType = :type and recipientIdentity = :identity");
            params.put("type", recipient.type());
            params.put("identity", recipient.identity());
        }
        PanacheQuery<Assertion> query = Assertion.find(where + " order by createdAt desc, id", params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    public Assertion get(Caller caller, UUID id) {
        return find(id).filter(a -> caller.canAccess(a.issuerId))
                .orElseThrow(() -> ProblemException.notFound("assertion", id));
    }

    public Optional<Assertion> find(UUID id) {
        return Assertion.findByIdOptional(id);
    }

    /** Revokes an assertion: the record and the reason are kept, and it enters the issuer's revocation list. */
    @Transactional
    public Assertion revoke(Caller caller, UUID id, String reason) {
        Assertion assertion = get(caller, id);
        if (assertion.revoked()) {
            throw ProblemException.conflict("already-revoked",
                    "the assertion was already revoked at " + assertion.revokedAt, null);
        }
        assertion.revokedAt = clock.instant();
        assertion.revocationReason = reason.strip();
        return assertion;
    }

    /** The issuer's Open Badges 2.0 RevocationList. */
    public RevocationListDocument revocationList(UUID issuerId) {
        List<Assertion> revoked = Assertion.list("issuerId = ?1 and revokedAt is not null order by revokedAt, id",
                issuerId);
        return RevocationListDocument.of(urls.revocationList(issuerId), urls.issuer(issuerId), revoked.stream()
                .map(a -> new RevocationListDocument.Revoked(openBadgeId(a), a.revocationReason))
                .toList());
    }

    /**
     * For each of these badge classes of one issuer, the recipient's earliest award that is neither revoked nor
     * expired at {@code at}. It runs on every award, so it reads four columns rather than whole assertions, and
     * takes single-valued parameters only: a collection parameter makes Hibernate translate the query anew each time.
     */
    public Map<UUID, LiveAward> earliestLiveAwards(RecipientIdentity recipient, UUID issuerId,
            Collection<UUID> badgeClassIds, Instant at) {
        Set<UUID> wanted = Set.copyOf(badgeClassIds);
        Map<UUID, LiveAward> earliest = new HashMap<>();
        Assertion.find("recipientType = ?1 and recipientIdentity = ?2 and issuerId = ?3 and revokedAt is null "
                        + "and (expires is null or expires > ?4) order by issuedOn, id",
                        recipient.type(), recipient.identity(), issuerId, at)
                .project(LiveAward.class).list()
                .forEach(award -> {
                    if (wanted.contains(award.badgeClassId())) {
                        earliest.putIfAbsent(award.badgeClassId(), award);
                    }
                });
        return earliest;
    }

    /** The recipient's awards issued in [from, to), within the caller's scope, oldest first. */
    public List<Assertion> issuedBetween(Caller caller, UUID issuerId, RecipientIdentity recipient, Instant from,
            Instant to) {
        StringBuilder where = new StringBuilder("recipientType = :type and recipientIdentity = :identity");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("type", recipient.type());
        params.put("identity", recipient.identity());
        UUID scope = caller.scope().orElse(issuerId);
        if (scope != null) {
            where.append(" and issuerId = :issuer");
            params.put("issuer", scope);
        }
        if (from != null) {
            where.append(" and issuedOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and issuedOn < :to");
            params.put("to", to);
        }
        return Assertion.list(where + " order by issuedOn, id", params);
    }

    /** The {@code id} the assertion carries in its Open Badges document. */
    public String openBadgeId(Assertion assertion) {
        return openBadgeId(assertion.id, assertion.delivery);
    }

    private String openBadgeId(UUID id, String delivery) {
        return Assertion.SIGNED.equals(delivery) ? "urn:uuid:" + id : urls.assertion(id);
    }

    public AssertionView view(Assertion a) {
        return new AssertionView(a.id, a.badgeClassId, a.issuerId,
                new AssertionRequests.Recipient(a.recipientType, a.recipientIdentity), evidence(a), a.narrative,
                a.issuedOn, a.expires, Hours.display(a.contactHours), a.delivery, a.revoked(), a.revokedAt,
                a.revocationReason, a.awardedByStack, a.document, a.jws,
                Assertion.HOSTED.equals(a.delivery) ? urls.assertion(a.id) : null, a.createdAt);
    }

    public List<Evidence> evidence(Assertion assertion) {
        return json.read(assertion.evidence, EVIDENCE);
    }

    private Prepared prepare(String field, BadgeClass badge, Issue request, Instant now) {
        RecipientIdentity recipient = RecipientIdentity.of(field + "recipient", request.recipient().type(),
                request.recipient().identity());
        List<Evidence> evidence = request.evidence() == null ? List.of() : request.evidence();
        if (badge.evidenceRequired && evidence.isEmpty()) {
            throw ProblemException.invalid(field + "evidence", "is required by this badge class");
        }
        List<Evidence> normalized = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            normalized.add(new Evidence(Urls.requireHttp(field + "evidence[" + i + "].url", e.url()), blankToNull(
                    e.name()), blankToNull(e.narrative()), blankToNull(e.description()), blankToNull(e.genre()),
                    blankToNull(e.audience())));
        }
        Instant issuedOn = (request.issuedOn() == null ? now : request.issuedOn()).truncatedTo(ChronoUnit.SECONDS);
        if (issuedOn.isAfter(now)) {
            throw ProblemException.invalid(field + "issuedOn", "must not be in the future");
        }
        Instant expires = request.expires() != null ? request.expires().truncatedTo(ChronoUnit.SECONDS)
                : badges.expiryFor(badge, issuedOn).orElse(null);
        if (expires != null && !expires.isAfter(issuedOn)) {
            throw ProblemException.invalid(field + "expires", "must be after issuedOn");
        }
        String delivery = request.delivery() == null ? Assertion.SIGNED : request.delivery();
        return new Prepared(field, recipient, normalized, blankToNull(request.narrative()), issuedOn, expires,
                delivery);
    }

    private Assertion award(BadgeClass badge, Prepared entry, UUID stackId) {
        if (!badge.allowDuplicates && liveAward(badge.id, entry.recipient()).isPresent()) {
            throw ProblemException.conflict("duplicate-award",
                    "the recipient already holds this badge class, which may not be held twice",
                    entry.field() + "recipient");
        }
        Assertion a = new Assertion();
        a.id = UUID.randomUUID();
        a.badgeClassId = badge.id;
        a.issuerId = badge.issuerId;
        a.recipientType = entry.recipient().type();
        a.recipientIdentity = entry.recipient().identity();
        a.recipientSalt = RecipientIdentity.newSalt();
        a.recipientHash = entry.recipient().hash(a.recipientSalt);
        a.evidence = json.write(entry.evidence());
        a.narrative = entry.narrative();
        a.issuedOn = entry.issuedOn();
        a.expires = entry.expires();
        a.contactHours = badge.contactHours == null ? BigDecimal.ZERO : badge.contactHours;
        a.delivery = entry.delivery();
        a.exclusiveAward = !badge.allowDuplicates;
        a.awardedByStack = stackId;
        a.createdAt = clock.instant();
        boolean signed = Assertion.SIGNED.equals(a.delivery);
        UUID keyId = signed ? signingKeys.activeKeyId(badge.issuerId) : null;
        AssertionDocument document = AssertionDocument.of(openBadgeId(a),
                new AssertionDocument.IdentityObject(a.recipientType, true, a.recipientSalt, a.recipientHash),
                urls.badgeClass(badge.id),
                signed ? AssertionDocument.Verification.signed(urls.key(keyId))
                        : AssertionDocument.Verification.hosted(),
                a.issuedOn, a.expires,
                entry.evidence().stream().map(e -> new AssertionDocument.Evidence(e.url(), e.name(),
                        e.description(), e.narrative(), e.genre(), e.audience())).toList(),
                a.narrative);
        byte[] payload = json.writeBytes(document);
        a.document = new String(payload, StandardCharsets.UTF_8);
        if (signed) {
            a.signingKeyId = keyId;
            a.jws = signingKeys.sign(keyId, payload);
        }
        a.persist();
        awarded.fire(new BadgeAwarded(a.id, a.issuerId, a.badgeClassId, entry.recipient(), a.issuedOn));
        return a;
    }

    private Optional<Assertion> liveAward(UUID badgeClassId, RecipientIdentity recipient) {
        return Assertion.<Assertion>find("badgeClassId = ?1 and recipientType = ?2 and recipientIdentity = ?3 "
                + "and revokedAt is null", badgeClassId, recipient.type(), recipient.identity())
                .firstResultOptional();
    }

    /**
     * Serializes concurrent awards to the same recipient until the transaction ends: a stack's completion check
     * must see every award made before it, also when two arrive at the same moment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockRecipient(RecipientIdentity recipient) {
        Panache.getEntityManager()
                .createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)")
                .setParameter(1, recipient.lockKey()).getSingleResult();
    }

    /** Locks in a fixed order, so two batches naming the same recipients cannot deadlock. */
    private void lockRecipients(List<RecipientIdentity> recipients) {
        recipients.stream().distinct().sorted(Comparator.comparing(RecipientIdentity::lockKey))
                .forEach(this::lockRecipient);
    }

    private List<Assertion> load(List<UUID> ids) {
        Map<UUID, Assertion> byId = new HashMap<>();
        Assertion.<Assertion>list("id in ?1", ids).forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).toList();
    }

    private String requestHash(UUID badgeClassId, boolean batch, List<Issue> requests) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("badgeClassId", badgeClassId);
        request.put("batch", batch);
        request.put("assertions", requests);
        return Secrets.sha256Hex(json.write(request));
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
