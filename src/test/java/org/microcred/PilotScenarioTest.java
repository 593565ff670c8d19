package org.microcred;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.microcred.testing.Api.admin;
import static org.microcred.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pilot, end to end through HTTP: District of Columbia Public Schools renews licenses on 90 contact hours every
 * four years; its Teach 5 standard is reached through three strategy micro-credentials; Digital Promise issues its
 * own badges beside it and cannot see the district's.
 */
@QuarkusTest
class PilotScenarioTest {

    private static final String TEACHER = "m.rivera@dcps.example.org";
    private static final Map<String, Object> TEACH_5 = Map.of(
            "targetName", "Teach 5: Checking for Student Understanding",
            "targetUrl", "https://dcps.example.org/essential-practices/teach-5",
            "targetFramework", "DCPS Essential Practices",
            "targetCode", "TEACH-5");

    @Test
    void districtRunsItsMicroCredentialPilot() {
        // 1. The administrator sets up both issuers, each with its own API key (and its own signing key).
        String dcps = admin().body(Map.of("name", "District of Columbia Public Schools",
                        "url", "https://dcps.example.org", "email", "pd@dcps.example.org",
                        "renewalPolicy", Map.of("requiredHours", 90, "cycleYears", 4)))
                .post("/api/v1/issuers").then().statusCode(201).extract().path("id");
        String promise = admin().body(Map.of("name", "Digital Promise", "url", "https://digitalpromise.example.org",
                        "email", "microcredentials@digitalpromise.example.org"))
                .post("/api/v1/issuers").then().statusCode(201).extract().path("id");
        String dcpsKey = key(dcps);
        String promiseKey = key(promise);

        // 2. The district defines three strategy micro-credentials and the Teach 5 competency badge.
        String gestures = badgeClass(dcpsKey, dcps, "Establishing Gestures for Student Responses", "7.5");
        String whiteboards = badgeClass(dcpsKey, dcps, "Using Individual Student Whiteboards", "5");
        String exitTickets = badgeClass(dcpsKey, dcps, "Exit Tickets", "2.5");
        String teach5 = as(dcpsKey).body(Map.of("name", "Teach Standard 5: Checking for Student Understanding",
                        "description", "Competency in checking for student understanding.",
                        "image", "https://dcps.example.org/badges/teach-5.png",
                        "criteria", Map.of("narrative", "Earn the three Teach 5 strategy micro-credentials."),
                        "alignments", List.of(TEACH_5), "contactHours", 0))
                .post("/api/v1/issuers/" + dcps + "/badge-classes").then().statusCode(201).extract().path("id");
        String stack = as(dcpsKey).body(Map.of("name", "Teach 5: Checking for Student Understanding",
                        "badgeClassIds", List.of(gestures, whiteboards, exitTickets),
                        "completionBadgeClassId", teach5))
                .post("/api/v1/issuers/" + dcps + "/stacks")
                .then().statusCode(201)
                .body("requiredCount", equalTo(3))
                .body("badgeClasses", hasSize(3))
                .extract().path("id");

        // 3. The teacher submits classroom videos; two strategies are awarded.
        String gesturesAward = award(dcpsKey, gestures, "https://video.dcps.example.org/rivera/gestures.mp4");
        award(dcpsKey, whiteboards, "https://video.dcps.example.org/rivera/whiteboards.mp4");
        as(dcpsKey).queryParam("recipient", TEACHER).get("/api/v1/stacks/" + stack + "/progress")
                .then().statusCode(200)
                .body("earnedCount", equalTo(2))
                .body("missing", hasSize(1))
                .body("missing[0].badgeClassId", equalTo(exitTickets))
                .body("complete", equalTo(false));

        // 4. The third award completes the stack: the competency badge is issued automatically, once.
        award(dcpsKey, exitTickets, "https://video.dcps.example.org/rivera/exit-tickets.mp4");
        JsonPath progress = as(dcpsKey).queryParam("recipient", " M.Rivera@DCPS.example.org ")
                .get("/api/v1/stacks/" + stack + "/progress")
                .then().statusCode(200)
                .body("earnedCount", equalTo(3))
                .body("missing", hasSize(0))
                .body("complete", equalTo(true))
                .body("completedOn", notNullValue())
                .extract().jsonPath();
        String completion = progress.getString("completionAssertionId");
        as(dcpsKey).get("/api/v1/assertions/" + completion).then().statusCode(200)
                .body("badgeClassId", equalTo(teach5))
                .body("awardedByStack", equalTo(stack))
                .body("delivery", equalTo("signed"))
                .body("openBadge.verification.type", equalTo("SignedBadge"))
                .body("openBadge.evidence", hasSize(3))
                .body("openBadge.evidence[0].narrative", containsString("Holds assertion urn:uuid:"));
        as(dcpsKey).queryParam("recipient", TEACHER).queryParam("badgeClassId", teach5).get("/api/v1/assertions")
                .then().body("total", equalTo(1));

        // 5. Contact hours toward license renewal: 7.5 + 5 + 2.5 = 15 of 90 in the cycle.
        as(dcpsKey).queryParam("recipient", TEACHER).get("/api/v1/recipients/hours")
                .then().statusCode(200)
                .body("totalHours", equalTo(15))
                .body("unit", equalTo("hours"))
                .body("assertions", hasSize(4));
        as(dcpsKey).queryParam("recipient", TEACHER).queryParam("cycleStart", "2026-07-01")
                .get("/api/v1/recipients/renewal")
                .then().statusCode(200)
                .body("policy.requiredHours", equalTo(90))
                .body("policy.cycleYears", equalTo(4))
                .body("cycleStart", equalTo("2026-07-01T00:00:00Z"))
                .body("cycleEnd", equalTo("2030-07-01T00:00:00Z"))
                .body("earnedHours", equalTo(15))
                .body("remainingHours", equalTo(75))
                .body("met", equalTo(false));

        // 6. The public documents a verifier fetches are there, and name each other.
        String badgeUrl = "http://localhost:8081/public/badge-classes/" + teach5;
        String completionJws = as(dcpsKey).get("/api/v1/assertions/" + completion).then().extract().path("jws");
        assertThat(completionJws.split("\\.")).hasSize(3);
        given().get("/public/badge-classes/" + teach5).then().statusCode(200)
                .body("id", equalTo(badgeUrl))
                .body("alignment[0].targetCode", equalTo("TEACH-5"));
        given().get("/public/issuers/" + dcps).then().statusCode(200)
                .body("name", equalTo("District of Columbia Public Schools"))
                .body("revocationList", equalTo("http://localhost:8081/public/issuers/" + dcps + "/revocation-list"));

        // 7. Digital Promise issues its own badge to the same teacher, and cannot reach the district's data.
        String promiseBadge = badgeClass(promiseKey, promise, "Culturally Responsive Teaching", "10");
        award(promiseKey, promiseBadge, "https://portfolio.example.org/rivera/crt");
        as(promiseKey).get("/api/v1/assertions/" + completion).then().statusCode(404);
        as(promiseKey).get("/api/v1/stacks/" + stack).then().statusCode(404);
        as(promiseKey).get("/api/v1/issuers/" + dcps).then().statusCode(404);
        as(promiseKey).queryParam("recipient", TEACHER).get("/api/v1/recipients/hours")
                .then().body("totalHours", equalTo(10));
        as(dcpsKey).queryParam("recipient", TEACHER).get("/api/v1/recipients/hours")
                .then().body("totalHours", equalTo(15));
        admin().queryParam("recipient", TEACHER).get("/api/v1/recipients/hours")
                .then().body("totalHours", equalTo(25));

        // 8. A revoked award stops counting; the record and reason stay; the competency stays complete.
        as(dcpsKey).body(Map.of("reason", "Video showed another teacher's class"))
                .post("/api/v1/assertions/" + gesturesAward + "/revoke").then().statusCode(200);
        as(dcpsKey).queryParam("recipient", TEACHER).get("/api/v1/recipients/hours")
                .then().body("totalHours", equalTo(7.5f))
                .body("excluded", hasSize(1))
                .body("excluded[0].excludedBecause", equalTo("revoked"));
        as(dcpsKey).queryParam("recipient", TEACHER).get("/api/v1/stacks/" + stack + "/progress")
                .then().body("earnedCount", equalTo(2)).body("complete", equalTo(true));
        given().get("/public/issuers/" + dcps + "/revocation-list").then()
                .body("revokedAssertions[0].id", equalTo("urn:uuid:" + gesturesAward))
                .body("revokedAssertions[0].revocationReason", equalTo("Video showed another teacher's class"));
    }

    private static String key(String issuer) {
        return admin().body(Map.of("label", "HR system")).post("/api/v1/issuers/" + issuer + "/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    private static String badgeClass(String key, String issuer, String name, String hours) {
        return as(key).body(Map.of("name", name,
                        "description", "Strategy micro-credential: " + name,
                        "image", "https://dcps.example.org/badges/" + Math.abs(name.hashCode()) + ".png",
                        "criteria", Map.of("url", "https://dcps.example.org/mc/" + Math.abs(name.hashCode()),
                                "narrative", "Submit a classroom video and a short narrative."),
                        "alignments", List.of(TEACH_5),
                        "tags", List.of("teach-5", "formative-assessment"),
                        "contactHours", new java.math.BigDecimal(hours),
                        "evidenceRequired", true,
                        "validity", "P4Y"))
                .post("/api/v1/issuers/" + issuer + "/badge-classes").then().statusCode(201).extract().path("id");
    }

    private static String award(String key, String badgeClass, String videoUrl) {
        return as(key).body(Map.of("recipient", Map.of("type", "email", "identity", TEACHER),
                        "evidence", List.of(Map.of("url", videoUrl, "name", "Classroom video",
                                "narrative", "Students respond; I adjust instruction.", "genre", "Video")),
                        "narrative", "Met all criteria."))
                .post("/api/v1/badge-classes/" + badgeClass + "/assertions")
                .then().statusCode(201).extract().path("id");
    }
}
