package org.microcred.verification;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.microcred.assertion.Assertion;
import org.microcred.assertion.AssertionService;
import org.microcred.badgeclass.BadgeClass;
import org.microcred.badgeclass.BadgeClassService;
import org.microcred.common.PublicUrls;
import org.microcred.issuer.IssuerService;
import org.microcred.openbadges.v2.RevocationListDocument;
import org.microcred.signing.SigningKey;
import org.microcred.signing.SigningKeyService;

/**
 * The Open Badges 2.0 verifier: takes bytes from outside and returns a report, never an error about them. It never
 * touches the network: keys, badge classes, issuers, revocation lists and hosted assertions are looked up only
 * among this service's own, and anything hosted elsewhere is reported as not verifiable here.
 */
@ApplicationScoped
public class VerificationService {

    /** Well above the largest assertion this service issues (50 evidence entries at their size limits, as JWS). */
    static final int MAX_CHARS = 4_000_000;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

    /** The document to verify and where it came from. */
    private record Loaded(ObjectNode document, JWSObject jws, Assertion hosted, boolean fromJws) {
    }

    /** The submission cannot be read as an assertion at all: the structure check fails with this message. */
    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** A badge class found here, or why not. */
    private record BadgeLookup(BadgeClass badge, String problem) {
    }

    private final PublicUrls urls;
    private final AssertionService assertions;
    private final BadgeClassService badges;
    private final IssuerService issuers;
    private final SigningKeyService keys;
    private final ObjectReader strictJson;
    private final Clock clock;

    public VerificationService(PublicUrls urls, AssertionService assertions, BadgeClassService badges,
            IssuerService issuers, SigningKeyService keys, ObjectMapper json, Clock clock) {
        this.urls = urls;
        this.assertions = assertions;
        this.badges = badges;
        this.issuers = issuers;
        this.keys = keys;
        // A signed payload with a repeated key means two things at once: refuse it rather than pick one.
        this.strictJson = json.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.clock = clock;
    }

    /** Verifies a submission; {@code recipient} may be null. Reads only. */
    @Transactional
    public VerificationReport verify(Submission submission, ClaimedRecipient recipient) {
        Instant now = clock.instant();
        Loaded loaded;
        try {
            loaded = load(submission);
        } catch (Unreadable e) {
            return unstructured(e.getMessage(), null);
        }
        Ob2Structure.Result structure = Ob2Structure.read(loaded.document(), loaded.fromJws());
        if (!structure.valid()) {
            return unstructured(String.join("; ", structure.problems()), loaded.document());
        }
        Ob2Assertion assertion = structure.assertion();
        Check structureCheck = Check.passed(Check.STRUCTURE, "a well-formed Open Badges 2.0 Assertion ("
                + assertion.method().type + ")");

        Check signature;
        Check keyOwnership;
        Check revocation;
        BadgeLookup badge;
        if (assertion.method() == Ob2Assertion.Method.SIGNED) {
            badge = badge(assertion.badge());
            SignedOutcome signed = signed(assertion, loaded.jws(), badge);
            signature = signed.signature();
            keyOwnership = signed.keyOwnership();
            revocation = signedRevocation(assertion, badge);
        } else {
            HostedOutcome hosted = hosted(assertion, loaded);
            signature = hosted.signature();
            assertion = hosted.assertion();
            badge = badge(assertion.badge());
            keyOwnership = hostedScope(assertion, hosted.entity(), badge);
            revocation = hostedRevocation(assertion, hosted.entity());
        }
        List<Check> checks = new ArrayList<>(List.of(structureCheck, signature, keyOwnership, revocation,
                Ob2Checks.expiry(assertion, now), Ob2Checks.issuedOn(assertion, now),
                Ob2Checks.recipient(assertion, recipient)));
        String issuerUrl = badge.badge() == null ? null : urls.issuer(badge.badge().issuerId);
        return VerificationReport.of(assertion.id(), issuerUrl, assertion.badge(), checks);
    }

    // --- reading the submission ------------------------------------------------------------------------------

    private Loaded load(Submission submission) throws Unreadable {
        if (submission instanceof Submission.Document d) {
            return new Loaded(d.json(), null, null, false);
        }
        if (submission instanceof Submission.JsonText t) {
            limit(t.text());
            return new Loaded(object(t.text().getBytes(StandardCharsets.UTF_8), "the assertion"), null, null,
                    false);
        }
        if (submission instanceof Submission.Compact c) {
            return compact(c.jws());
        }
        return link(((Submission.Link) submission).url());
    }

    private Loaded link(String url) throws Unreadable {
        limit(url);
        Optional<PublicUrls.Parsed> parsed = urls.parse(url).filter(p -> p.kind() == PublicUrls.Kind.ASSERTION);
        if (parsed.isEmpty()) {
            throw new Unreadable("only assertions hosted by this service can be fetched; " + Ob2Structure.clip(url)
                    + " is not one, and other URLs are never fetched");
        }
        Assertion hosted = hostedAssertion(parsed.get()).orElseThrow(() -> new Unreadable("no hosted assertion at "
                + url + " (it answers 404 Not Found; signed assertions are verified from their JWS)"));
        return new Loaded(stored(hosted), null, hosted, false);
    }

    private Loaded compact(String text) throws Unreadable {
        limit(text);
        String[] parts = text.split("\\.", -1);
        if (parts.length == 5) {
            throw new Unreadable("this is a compact JWE (encrypted), not a JWS: Open Badges 2.0 signs assertions "
                    + "as JWS");
        }
        if (parts.length != 3) {
            throw new Unreadable("not a compact JWS: expected three base64url parts separated by dots "
                    + "(header.payload.signature), found " + parts.length);
        }
        ObjectNode header = object(base64url(part(parts, 0), "header"), "the JWS header");
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isTextual()) {
            throw new Unreadable("the JWS header has no alg: Open Badges 2.0 signed assertions use RS256");
        }
        if (alg.textValue().equalsIgnoreCase("none")) {
            throw new Unreadable("the JWS header's alg is \"none\": an unsigned JWS proves nothing; Open Badges 2.0 "
                    + "signed assertions use RS256");
        }
        if (!SigningKeyService.RS256.equals(alg.textValue())) {
            throw new Unreadable("the JWS header's alg is \"" + Ob2Structure.clip(alg.textValue()) + "\": this "
                    + "verifier accepts only RS256 (RSA with SHA-256), as Open Badges 2.0 recommends");
        }
        if (header.has("crit")) {
            throw new Unreadable("the JWS header lists critical extensions (crit) that this verifier does not "
                    + "understand");
        }
        if (header.has("b64")) {
            throw new Unreadable("the JWS header sets b64 (unencoded payload), which Open Badges 2.0 does not use");
        }
        byte[] payloadBytes = base64url(part(parts, 1), "payload");
        part(parts, 2);
        ObjectNode payload = object(payloadBytes, "the JWS payload");
        JWSObject jws;
        try {
            jws = JWSObject.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new Unreadable("not a valid JWS: " + message(e));
        }
        // SigningKeyService.verify accepts any RSA algorithm (PS256, RS512, ...): pin RS256 on Nimbus's reading too.
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            throw new Unreadable("the JWS header's alg is not RS256");
        }
        return new Loaded(payload, jws, null, true);
    }

    private static final String[] PART_NAMES = {"header", "payload", "signature"};

    /** Part {@code i} of a compact JWS: present, and base64url without padding. */
    private static String part(String[] parts, int i) throws Unreadable {
        if (parts[i].isEmpty()) {
            throw new Unreadable("not a compact JWS: its " + PART_NAMES[i] + " is empty"
                    + (i == 1 ? " (a detached payload is not an Open Badges assertion)" : ""));
        }
        if (!BASE64URL.matcher(parts[i]).matches()) {
            throw new Unreadable("not a compact JWS: its " + PART_NAMES[i] + " is not base64url (only A-Z, a-z, "
                    + "0-9, '-' and '_', without padding)");
        }
        return parts[i];
    }

    private static byte[] base64url(String part, String name) throws Unreadable {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("not a compact JWS: its " + name + " is not valid base64url");
        }
    }

    private ObjectNode object(byte[] bytes, String what) throws Unreadable {
        JsonNode node;
        try {
            node = strictJson.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(what + " is not valid JSON: " + message(e));
        }
        if (!(node instanceof ObjectNode object)) {
            throw new Unreadable(what + " must be a JSON object, not " + Ob2Structure.describe(node));
        }
        return object;
    }

    private static void limit(String text) throws Unreadable {
        if (text.length() > MAX_CHARS) {
            throw new Unreadable("the assertion is " + text.length() + " characters long; this verifier reads at "
                    + "most " + MAX_CHARS);
        }
    }

    private ObjectNode stored(Assertion hosted) {
        try {
            return (ObjectNode) strictJson.readTree(hosted.document);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored document of assertion " + hosted.id + " is unreadable", e);
        }
    }

    private Optional<Assertion> hostedAssertion(PublicUrls.Parsed parsed) {
        return assertions.find(parsed.id()).filter(a -> Assertion.HOSTED.equals(a.delivery));
    }

    // --- SignedBadge -----------------------------------------------------------------------------------------

    private record SignedOutcome(Check signature, Check keyOwnership) {
    }

    private SignedOutcome signed(Ob2Assertion assertion, JWSObject jws, BadgeLookup badge) {
        if (jws == null) {
            return new SignedOutcome(Check.failed(Check.SIGNATURE, "a SignedBadge assertion is verified from its "
                    + "compact JWS; this JSON object carries no signature"),
                    Check.skipped(Check.KEY_OWNERSHIP, "not checked: there is no signature to attribute to a key"));
        }
        SigningKey key;
        String keyUrl;
        Check signature;
        if (assertion.creator() != null) {
            keyUrl = assertion.creator();
            Optional<PublicUrls.Parsed> parsed = urls.parse(keyUrl).filter(p -> p.kind() == PublicUrls.Kind.KEY);
            if (parsed.isEmpty()) {
                return new SignedOutcome(Check.failed(Check.SIGNATURE, "key " + Ob2Structure.clip(keyUrl)
                                + " is not hosted by this service; remote keys are not fetched"),
                        Check.skipped(Check.KEY_OWNERSHIP, "not checked: the key is not hosted by this service"));
            }
            key = keys.find(parsed.get().id()).orElse(null);
            if (key == null) {
                return new SignedOutcome(Check.failed(Check.SIGNATURE, "key " + keyUrl + " does not exist on this "
                        + "service"), Check.skipped(Check.KEY_OWNERSHIP, "not checked: the key does not exist"));
            }
            if (!SigningKeyService.RS256.equals(key.algorithm) || !keys.verify(jws, key)) {
                return new SignedOutcome(Check.failed(Check.SIGNATURE, "the RS256 signature does not verify with "
                                + "key " + keyUrl + ": the assertion was altered, or signed with another key"),
                        Check.skipped(Check.KEY_OWNERSHIP, "not checked: the signature does not verify"));
            }
            signature = Check.passed(Check.SIGNATURE, "the RS256 signature verifies with key " + keyUrl);
        } else {
            // Open Badges 2.0: without verification.creator, try the keys the issuer Profile declares.
            if (badge.badge() == null) {
                return new SignedOutcome(Check.failed(Check.SIGNATURE, "verification.creator is absent, and the "
                                + "issuer's keys cannot be found: " + badge.problem()),
                        Check.skipped(Check.KEY_OWNERSHIP, "not checked: no key verified the signature"));
            }
            List<SigningKey> declared = keys.keysOf(badge.badge().issuerId);
            key = declared.stream().filter(k -> SigningKeyService.RS256.equals(k.algorithm) && keys.verify(jws, k))
                    .findFirst().orElse(null);
            if (key == null) {
                return new SignedOutcome(Check.failed(Check.SIGNATURE, "verification.creator is absent, and the "
                                + "RS256 signature verifies with none of the " + declared.size() + " key(s) of the "
                                + "badge class's issuer"),
                        Check.skipped(Check.KEY_OWNERSHIP, "not checked: no key verified the signature"));
            }
            keyUrl = urls.key(key.id);
            signature = Check.passed(Check.SIGNATURE, "the RS256 signature verifies with key " + keyUrl
                    + ", declared in the issuer Profile (the assertion names no creator)");
        }
        return new SignedOutcome(signature, keyOwnership(keyUrl, key, badge));
    }

    /** The CryptographicKey's owner is the badge class's issuer, and that Profile lists the key in publicKey. */
    private Check keyOwnership(String keyUrl, SigningKey key, BadgeLookup badge) {
        if (badge.badge() == null) {
            return Check.failed(Check.KEY_OWNERSHIP, "the key's owner cannot be matched to the badge's issuer: "
                    + badge.problem());
        }
        String issuerUrl = urls.issuer(badge.badge().issuerId);
        String ownerUrl = urls.issuer(key.issuerId);
        if (!ownerUrl.equals(issuerUrl)) {
            return Check.failed(Check.KEY_OWNERSHIP, "key " + keyUrl + " is owned by " + ownerUrl
                    + ", but the badge class is issued by " + issuerUrl);
        }
        if (issuers.find(badge.badge().issuerId).isEmpty()) {
            return Check.failed(Check.KEY_OWNERSHIP, "the badge class's issuer " + issuerUrl + " does not exist");
        }
        List<String> publicKeys = keys.keysOf(badge.badge().issuerId).stream().map(k -> urls.key(k.id)).toList();
        if (!publicKeys.contains(keyUrl)) {
            return Check.failed(Check.KEY_OWNERSHIP, "the issuer Profile " + issuerUrl + " does not list " + keyUrl
                    + " in its publicKey");
        }
        return Check.passed(Check.KEY_OWNERSHIP, "key " + keyUrl + " is owned by " + issuerUrl
                + ", the badge class's issuer, whose Profile lists it in publicKey");
    }

    /** Not in the issuer's RevocationList (and not self-declared revoked). */
    private Check signedRevocation(Ob2Assertion assertion, BadgeLookup badge) {
        if (assertion.revoked()) {
            return selfRevoked(assertion);
        }
        if (badge.badge() == null) {
            return Check.skipped(Check.REVOCATION, "not checked: the issuer's RevocationList is unknown, since "
                    + badge.problem());
        }
        RevocationListDocument list = assertions.revocationList(badge.badge().issuerId);
        for (RevocationListDocument.Revoked revoked : list.revokedAssertions()) {
            if (revoked.id().equals(assertion.id())) {
                return Check.failed(Check.REVOCATION, "revoked by the issuer"
                        + (revoked.revocationReason() == null ? "" : ": " + revoked.revocationReason())
                        + " (listed in " + list.id() + ")");
            }
        }
        return Check.passed(Check.REVOCATION, "not in the issuer's RevocationList " + list.id());
    }

    // --- HostedBadge -----------------------------------------------------------------------------------------

    /** {@code assertion}: what the other checks use, the hosted document when there is one (as the spec says). */
    private record HostedOutcome(Check signature, Assertion entity, Ob2Assertion assertion) {
    }

    private HostedOutcome hosted(Ob2Assertion assertion, Loaded loaded) {
        String id = assertion.id();
        if (loaded.hosted() != null) {
            if (!id.equals(urls.assertion(loaded.hosted().id))) {
                return new HostedOutcome(Check.failed(Check.SIGNATURE, "the hosted document's id " + id
                        + " is not the URL it is hosted at"), loaded.hosted(), assertion);
            }
            return new HostedOutcome(Check.passed(Check.SIGNATURE, "hosted by this service at " + id
                    + "; the hosted document was verified"), loaded.hosted(), assertion);
        }
        Optional<PublicUrls.Parsed> parsed = urls.parse(id).filter(p -> p.kind() == PublicUrls.Kind.ASSERTION);
        if (parsed.isEmpty()) {
            return new HostedOutcome(Check.failed(Check.SIGNATURE, "assertion " + Ob2Structure.clip(id)
                    + " is not hosted by this service; remote assertions are not fetched"), null, assertion);
        }
        Optional<Assertion> entity = hostedAssertion(parsed.get());
        if (entity.isEmpty() || !id.equals(urls.assertion(entity.get().id))) {
            return new HostedOutcome(Check.failed(Check.SIGNATURE, "no hosted assertion at " + id
                    + " (it answers 404 Not Found)"), null, assertion);
        }
        ObjectNode served = stored(entity.get());
        if (!served.equals(assertion.document())) {
            Ob2Structure.Result hostedStructure = Ob2Structure.read(served, false);
            return new HostedOutcome(Check.failed(Check.SIGNATURE, "the submitted copy differs from the document "
                    + "hosted at " + id + "; the other checks use the hosted document"), entity.get(),
                    hostedStructure.valid() ? hostedStructure.assertion() : assertion);
        }
        return new HostedOutcome(Check.passed(Check.SIGNATURE, "hosted by this service at " + id
                + ", identical to the submitted copy"), entity.get(), assertion);
    }

    /**
     * HostedBadge verification involves no key: the assertion (and its badge class) must be on the issuer
     * Profile's origin, the default scope when the Profile declares no verification policy, as ours never does.
     */
    private Check hostedScope(Ob2Assertion assertion, Assertion entity, BadgeLookup badge) {
        if (entity == null) {
            return Check.skipped(Check.KEY_OWNERSHIP, "not checked: the hosted assertion could not be loaded here");
        }
        if (badge.badge() == null) {
            return Check.failed(Check.KEY_OWNERSHIP, "the assertion's issuer cannot be found: " + badge.problem());
        }
        if (!badge.badge().issuerId.equals(entity.issuerId) || issuers.find(entity.issuerId).isEmpty()) {
            return Check.failed(Check.KEY_OWNERSHIP, "the badge class " + assertion.badge()
                    + " is not the hosted assertion's issuer's");
        }
        String profile = urls.issuer(entity.issuerId);
        String origin = origin(profile);
        if (!origin.equals(origin(assertion.id())) || !origin.equals(origin(assertion.badge()))) {
            return Check.failed(Check.KEY_OWNERSHIP, "the assertion " + assertion.id() + " and its badge class must "
                    + "be on the issuer Profile's origin " + origin);
        }
        return Check.passed(Check.KEY_OWNERSHIP, "hosted verification uses no key: the assertion and its badge "
                + "class are on the origin of the issuer Profile " + profile + ", as its (default) verification "
                + "policy requires");
    }

    /** A hosted assertion is revoked when its URL answers 410 Gone. */
    private Check hostedRevocation(Ob2Assertion assertion, Assertion entity) {
        if (assertion.revoked()) {
            return selfRevoked(assertion);
        }
        if (entity == null) {
            return Check.skipped(Check.REVOCATION, "not checked: the hosted assertion could not be loaded here");
        }
        if (entity.revoked()) {
            return Check.failed(Check.REVOCATION, "revoked by the issuer at " + entity.revokedAt
                    + (entity.revocationReason == null ? "" : ": " + entity.revocationReason) + "; " + assertion.id()
                    + " answers 410 Gone");
        }
        return Check.passed(Check.REVOCATION, "not revoked: " + assertion.id() + " serves the assertion");
    }

    // --- shared ----------------------------------------------------------------------------------------------

    private BadgeLookup badge(String badgeUrl) {
        Optional<PublicUrls.Parsed> parsed = urls.parse(badgeUrl)
                .filter(p -> p.kind() == PublicUrls.Kind.BADGE_CLASS);
        if (parsed.isEmpty()) {
            return new BadgeLookup(null, "the badge class " + Ob2Structure.clip(badgeUrl) + " is not hosted by this "
                    + "service, and remote badge classes are not fetched");
        }
        return badges.find(parsed.get().id())
                .filter(b -> urls.badgeClass(b.id).equals(badgeUrl))
                .map(b -> new BadgeLookup(b, null))
                .orElseGet(() -> new BadgeLookup(null, "the badge class " + badgeUrl + " does not exist"));
    }

    private static Check selfRevoked(Ob2Assertion assertion) {
        return Check.failed(Check.REVOCATION, "the assertion declares itself revoked"
                + (assertion.revocationReason() == null ? "" : ": " + assertion.revocationReason()));
    }

    /** A report for a submission that is not a readable Open Badges 2.0 Assertion. */
    private static VerificationReport unstructured(String problem, JsonNode document) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.failed(Check.STRUCTURE, problem));
        for (String name : Check.ORDER.subList(1, Check.ORDER.size())) {
            checks.add(Check.skipped(name, "not checked: the structure check failed"));
        }
        return VerificationReport.of(Ob2Structure.textOrNull(document, "id"), null,
                Ob2Structure.textOrNull(document, "badge"), checks);
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** An exception's first line, at most 200 characters: enough to locate the problem, never a stack trace. */
    private static String message(Exception e) {
        String text = e instanceof JsonProcessingException json && json.getOriginalMessage() != null
                ? json.getOriginalMessage() : String.valueOf(e.getMessage());
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
