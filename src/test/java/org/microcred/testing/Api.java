package org.microcred.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Small helpers that keep HTTP tests readable. */
public final class Api {

    public static final String ADMIN_KEY = "test-admin-key-0123456789";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    public static RequestSpecification as(String key) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", "Bearer " + key);
    }

    public static RequestSpecification admin() {
        return as(ADMIN_KEY);
    }

    /** Creates an issuer; returns its id. */
    public static String createIssuer(String name) {
        return admin().body(Map.of("name", name, "url", "https://example.org/" + name.hashCode(),
                        "email", "badges@example.org"))
                .post("/api/v1/issuers").then().statusCode(201).extract().path("id");
    }

    /** Creates a badge class with the given contact hours; returns its id. */
    public static String createBadgeClass(String key, String issuerId, String name, String hours,
            Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name,
                "description", "Micro-credential: " + name,
                "image", "https://example.org/badges/" + name.hashCode() + ".png",
                "criteria", Map.of("narrative", "Submit a classroom video."),
                "contactHours", new java.math.BigDecimal(hours)));
        body.putAll(extra);
        return as(key).body(body).post("/api/v1/issuers/" + issuerId + "/badge-classes")
                .then().statusCode(201).extract().path("id");
    }

    /** Issues a signed assertion to an email recipient; returns the response's JSON path. */
    public static io.restassured.path.json.JsonPath issue(String key, String badgeClassId, String email) {
        return as(key).body(Map.of("recipient", Map.of("type", "email", "identity", email),
                        "evidence", java.util.List.of(Map.of("url", "https://video.example.org/" + email.hashCode()))))
                .post("/api/v1/badge-classes/" + badgeClassId + "/assertions")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Creates an API key for the issuer; returns the secret. */
    public static String createKey(String issuerId) {
        return admin().body(Map.of("label", "test")).post("/api/v1/issuers/" + issuerId + "/api-keys")
                .then().statusCode(201).extract().path("key");
    }
}
