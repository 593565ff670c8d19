package org.microcred.badgeclass;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.microcred.badgeclass.BadgeClassRequests.Alignment;
import org.microcred.badgeclass.BadgeClassRequests.Criteria;
import org.microcred.common.FieldError;
import org.microcred.common.Hours;
import org.microcred.common.Images;
import org.microcred.common.JsonText;
import org.microcred.common.MergePatch;
import org.microcred.common.Page;
import org.microcred.common.ProblemException;
import org.microcred.common.PublicUrls;
import org.microcred.common.Urls;
import org.microcred.issuer.IssuerService;
import org.microcred.openbadges.v2.BadgeClassDocument;
import org.microcred.security.Caller;

/** Badge class definitions and their public Open Badges documents. */
@ApplicationScoped
public class BadgeClassService {

    private static final TypeReference<List<Alignment>> ALIGNMENTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() { };
    private static final int MAX_VALIDITY_YEARS = 100;

    private final IssuerService issuers;
    private final Images images;
    private final PublicUrls urls;
    private final JsonText json;
    private final Clock clock;

    public BadgeClassService(IssuerService issuers, Images images, PublicUrls urls, JsonText json, Clock clock) {
        this.issuers = issuers;
        this.images = images;
        this.urls = urls;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public BadgeClass create(Caller caller, UUID issuerId, BadgeClassRequests.Create request) {
        issuers.get(caller, issuerId);
        BadgeClass badge = new BadgeClass();
        badge.id = UUID.randomUUID();
        badge.issuerId = issuerId;
        badge.name = request.name().strip();
        badge.description = request.description().strip();
        badge.image = images.require("image", request.image());
        setCriteria(badge, request.criteria());
        badge.alignments = json.write(checkAlignments(request.alignments()));
        badge.tags = json.write(request.tags() == null ? List.of() : request.tags().stream().map(String::strip).toList());
        badge.contactHours = request.contactHours();
        badge.evidenceRequired = Boolean.TRUE.equals(request.evidenceRequired());
        badge.validityPeriod = checkValidity(request.validity());
        badge.allowDuplicates = Boolean.TRUE.equals(request.allowDuplicates());
        badge.createdAt = clock.instant();
        badge.updatedAt = badge.createdAt;
        badge.persist();
        return badge;
    }

    public Page<BadgeClass> list(Caller caller, UUID issuerId, int page, int size) {
        issuers.get(caller, issuerId);
        var query = BadgeClass.<BadgeClass>find("issuerId = ?1 order by createdAt, id", issuerId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** The badge class, if the caller's issuer owns it (404 otherwise, as if it did not exist). */
    public BadgeClass get(Caller caller, UUID id) {
        return find(id).filter(b -> caller.canAccess(b.issuerId))
                .orElseThrow(() -> ProblemException.notFound("badge class", id));
    }

    public Optional<BadgeClass> find(UUID id) {
        return BadgeClass.findByIdOptional(id);
    }

    /** The badge classes with these ids, in the order given (unknown ids are left out); one query. */
    public List<BadgeClass> findAll(List<UUID> ids) {
        Map<UUID, BadgeClass> byId = new HashMap<>();
        BadgeClass.<BadgeClass>list("id in ?1", ids).forEach(b -> byId.put(b.id, b));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional
    public BadgeClass update(Caller caller, UUID id, MergePatch<BadgeClassRequests.Update> patch) {
        BadgeClass badge = get(caller, id);
        BadgeClassRequests.Update values = patch.values();
        List<FieldError> missing = new ArrayList<>();
        for (String required : List.of("name", "description", "image", "criteria", "contactHours",
                "evidenceRequired", "allowDuplicates")) {
            if (patch.clears(required)) {
                missing.add(new FieldError(required, "is required and cannot be removed"));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        if (patch.has("name")) {
            badge.name = values.name().strip();
        }
        if (patch.has("description")) {
            badge.description = values.description().strip();
        }
        if (patch.has("image")) {
            badge.image = images.require("image", values.image());
        }
        if (patch.has("criteria")) {
            setCriteria(badge, values.criteria());
        }
        if (patch.has("alignments")) {
            badge.alignments = json.write(checkAlignments(values.alignments()));
        }
        if (patch.has("tags")) {
            badge.tags = json.write(values.tags() == null ? List.of() : values.tags().stream().map(String::strip).toList());
        }
        if (patch.has("contactHours")) {
            badge.contactHours = values.contactHours();
        }
        if (patch.has("evidenceRequired")) {
            badge.evidenceRequired = values.evidenceRequired();
        }
        if (patch.has("validity")) {
            badge.validityPeriod = checkValidity(values.validity());
        }
        if (patch.has("allowDuplicates")) {
            badge.allowDuplicates = values.allowDuplicates();
        }
        badge.updatedAt = clock.instant();
        return badge;
    }

    /** When an award issued at {@code issuedOn} expires under the badge class's validity period, if it has one. */
    public Optional<Instant> expiryFor(BadgeClass badge, Instant issuedOn) {
        if (badge.validityPeriod == null) {
            return Optional.empty();
        }
        return Optional.of(issuedOn.atOffset(ZoneOffset.UTC).plus(Period.parse(badge.validityPeriod)).toInstant());
    }

    public BadgeClassView view(BadgeClass badge) {
        return new BadgeClassView(badge.id, badge.issuerId, badge.name, badge.description, badge.image,
                new Criteria(badge.criteriaUrl, badge.criteriaNarrative), alignments(badge), tags(badge),
                Hours.display(badge.contactHours), badge.evidenceRequired, badge.validityPeriod, badge.allowDuplicates,
                urls.badgeClass(badge.id), badge.createdAt, badge.updatedAt);
    }

    public BadgeClassDocument document(BadgeClass badge) {
        List<BadgeClassDocument.Alignment> alignment = alignments(badge).stream()
                .map(a -> new BadgeClassDocument.Alignment(a.targetName(), a.targetUrl(), a.targetDescription(),
                        a.targetFramework(), a.targetCode()))
                .toList();
        return BadgeClassDocument.of(urls.badgeClass(badge.id), badge.name, badge.description, badge.image,
                new BadgeClassDocument.Criteria(badge.criteriaUrl, badge.criteriaNarrative),
                urls.issuer(badge.issuerId), alignment, tags(badge));
    }

    private void setCriteria(BadgeClass badge, Criteria criteria) {
        String url = criteria.url() == null || criteria.url().isBlank() ? null
                : Urls.requireHttp("criteria.url", criteria.url());
        String narrative = criteria.narrative() == null || criteria.narrative().isBlank() ? null
                : criteria.narrative().strip();
        if (url == null && narrative == null) {
            throw ProblemException.invalid("criteria", "needs a url, a narrative, or both");
        }
        badge.criteriaUrl = url;
        badge.criteriaNarrative = narrative;
    }

    private static List<Alignment> checkAlignments(List<Alignment> alignments) {
        if (alignments == null) {
            return List.of();
        }
        for (int i = 0; i < alignments.size(); i++) {
            Urls.requireHttp("alignments[" + i + "].targetUrl", alignments.get(i).targetUrl());
        }
        return alignments;
    }

    private static String checkValidity(String validity) {
        if (validity == null || validity.isBlank()) {
            return null;
        }
        try {
            Period period = Period.parse(validity.strip());
            if (period.isNegative() || period.isZero()) {
                throw ProblemException.invalid("validity", "must be a positive ISO 8601 period such as P4Y");
            }
            if (period.toTotalMonths() > MAX_VALIDITY_YEARS * 12L
                    || period.getDays() > MAX_VALIDITY_YEARS * 366L) {
                throw ProblemException.invalid("validity", "must be at most " + MAX_VALIDITY_YEARS + " years");
            }
            return period.toString();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("validity", "must be an ISO 8601 period such as P4Y, P6M or P90D");
        }
    }

    private List<Alignment> alignments(BadgeClass badge) {
        return json.read(badge.alignments, ALIGNMENTS);
    }

    private List<String> tags(BadgeClass badge) {
        return json.read(badge.tags, TAGS);
    }

}
