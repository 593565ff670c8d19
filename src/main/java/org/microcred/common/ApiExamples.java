package org.microcred.common;

import static java.util.Map.entry;

import java.util.Map;

/**
 * Every example payload of the OpenAPI document, in one place: the District of Columbia Public Schools
 * micro-credential pilot. {@link ApiContractFilter} parses these JSON strings and attaches them to the operations.
 *
 * <p>The story: DCPS (issuer {@code 5b0c8a0e-...}) defines "Using Individual Student Whiteboards" (5 contact hours,
 * evidence required, valid four years, aligned to Teach 5) beside "Establishing Gestures for Student Responses" and
 * "Exit Tickets"; the three make the Teach 5 stack, whose completion badge is "Teach Standard 5". Teacher
 * m.rivera@dcps.example.org submits classroom videos and renews her license on 90 contact hours every four years.
 * The service's public base URL is {@code https://badges.dcps.example.org}.
 *
 * <p>Keys: {@link #REQUESTS} and {@link #RESPONSES} by operationId (the success response), or {@code "operationId
 * mediaType"} where one operation takes several body types; {@code "operationId status"} for an operation's other
 * documented responses. Field names must be the real JSON names: the contract
 * test checks every example against its schema.
 */
public final class ApiExamples {

    /** Example values of path parameters; the filter builds each problem's {@code instance} path from them. */
    public static final Map<String, String> PATH_PARAMETERS = Map.of(
            "issuerId", "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
            "badgeClassId", "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
            "assertionId", "7c5e1a9d-2f4b-4e6c-8a1d-3b9e7f5c0d82",
            "stackId", "4e8a2c6f-3b1d-4f9e-a5c7-9d0b2e4f6a18",
            "keyId", "9e4a7c21-6b3d-4f08-8e2a-7d5c1b9f3e64");

    /** Per-path overrides of {@link #PATH_PARAMETERS}: a hosted assertion and a signing key are other objects. */
    public static final Map<String, String> PATH_PARAMETER_OVERRIDES = Map.of(
            "/public/assertions/{assertionId} assertionId", "b8d4f2a6-0e3c-4a7b-9f1e-5c2a8d6b4e09",
            "/public/keys/{keyId} keyId", "c3f8e2a1-4d6b-4e9c-a7f0-8b2d5e1c9a37",
            "/api/v1/assertions/{assertionId}/revoke assertionId", "3f6d9b2e-8c4a-4e1f-a6d3-7b0e5c9f2a48");

    /** What a 404 names, by the path parameter that was not found; "{0} {1} does not exist". */
    public static final Map<String, String> NOT_FOUND_SUBJECTS = Map.of(
            "issuerId", "issuer",
            "badgeClassId", "badge class",
            "assertionId", "assertion",
            "stackId", "stack",
            "keyId", "API key",
            "/public/assertions/{assertionId} assertionId", "hosted assertion",
            "/public/keys/{keyId} keyId", "key");

    private static final String ISSUER = """
            {
              "id": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "name": "District of Columbia Public Schools",
              "url": "https://dcps.example.org",
              "email": "pd@dcps.example.org",
              "description": "Professional learning for DCPS teachers: micro-credentials that count toward license renewal.",
              "image": "https://dcps.example.org/brand/dcps-seal.png",
              "renewalPolicy": {"requiredHours": 90, "cycleYears": 4},
              "publicUrl": "https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "createdAt": "2026-08-17T14:02:11.482913Z",
              "updatedAt": "2026-08-17T14:02:11.482913Z"
            }""";

    private static final String API_KEY = """
            {
              "id": "9e4a7c21-6b3d-4f08-8e2a-7d5c1b9f3e64",
              "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "label": "DCPS professional-learning platform",
              "prefix": "mck_Q3v9Zt",
              "createdAt": "2026-08-17T14:05:37.120455Z",
              "revokedAt": %s
            }""";

    private static final String TEACH_5 = """
            {
              "targetName": "Teach 5: Checking for Student Understanding",
              "targetUrl": "https://dcps.example.org/essential-practices/teach-5",
              "targetDescription": "The teacher checks for understanding of content taught and adjusts instruction.",
              "targetFramework": "DCPS Essential Practices",
              "targetCode": "TEACH-5"
            }""";

    private static final String WHITEBOARDS = """
            {
              "id": "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
              "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "name": "Using Individual Student Whiteboards",
              "description": "The teacher has every student answer on an individual whiteboard, reads the room at a glance and adjusts the lesson on the spot.",
              "image": "https://dcps.example.org/badges/whiteboards.png",
              "criteria": {
                "url": "https://dcps.example.org/micro-credentials/whiteboards",
                "narrative": "Submit a classroom video of at least 10 minutes in which every student answers on a whiteboard, and a short reflection on how you adjusted instruction."
              },
              "alignments": [%s],
              "tags": ["Teach 5", "checking for understanding", "micro-credential"],
              "contactHours": %s,
              "evidenceRequired": true,
              "validity": %s,
              "allowDuplicates": false,
              "publicUrl": "https://badges.dcps.example.org/public/badge-classes/2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
              "createdAt": "2026-08-24T16:20:03.771204Z",
              "updatedAt": "%s"
            }""";

    private static final String WHITEBOARDS_EVIDENCE = """
            {
              "url": "https://video.dcps.example.org/rivera/whiteboards.mp4",
              "name": "Whiteboards in a 5th-grade fractions lesson",
              "narrative": "Every student answers on a whiteboard; three who compared the fractions wrongly regroup with me for reteaching.",
              "description": "12-minute classroom video, Room 204, Stanton Elementary",
              "genre": "Classroom video",
              "audience": "Grade 5 mathematics"
            }""";

    private static final String JWS = "eyJhbGciOiJSUzI1NiJ9.eyJAY29udGV4dCI6Imh0dHBzOi8vdzNpZC5vcmcvb3BlbmJhZGdlcy92Mi"
            + "IsInR5cGUiOiJBc3NlcnRpb24iLCJpZCI6InVybjp1dWlkOjdjNWUxYTlk...(truncated).Gm4Xq3Lw9kR2vTz8YbN0cPe5..."
            + "(truncated)";

    /** The signed whiteboards award to m.rivera, as the admin API shows it. */
    private static final String SIGNED_ASSERTION = """
            {
              "id": "7c5e1a9d-2f4b-4e6c-8a1d-3b9e7f5c0d82",
              "badgeClassId": "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
              "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "recipient": {"type": "email", "identity": "m.rivera@dcps.example.org"},
              "evidence": [%1$s],
              "narrative": "Ms. Rivera checked every student's understanding with whiteboards and adjusted instruction in real time.",
              "issuedOn": "2026-11-30T15:00:00Z",
              "expires": "2030-11-30T15:00:00Z",
              "contactHours": 5,
              "delivery": "signed",
              "revoked": false,
              "revokedAt": null,
              "revocationReason": null,
              "awardedByStack": null,
              "openBadge": {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "Assertion",
                "id": "urn:uuid:7c5e1a9d-2f4b-4e6c-8a1d-3b9e7f5c0d82",
                "recipient": {
                  "type": "email",
                  "hashed": true,
                  "salt": "4b1e9d7c2a6f3e8b0d5c7a9e1f2b4d6c",
                  "identity": "sha256$5fb8a2d0cb792a022043435f50742e698fd31fb2a95bfb2f5cabb9d29df0a268"
                },
                "badge": "https://badges.dcps.example.org/public/badge-classes/2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
                "verification": {
                  "type": "SignedBadge",
                  "creator": "https://badges.dcps.example.org/public/keys/c3f8e2a1-4d6b-4e9c-a7f0-8b2d5e1c9a37"
                },
                "issuedOn": "2026-11-30T15:00:00Z",
                "expires": "2030-11-30T15:00:00Z",
                "evidence": [{
                  "type": "Evidence",
                  "id": "https://video.dcps.example.org/rivera/whiteboards.mp4",
                  "name": "Whiteboards in a 5th-grade fractions lesson",
                  "description": "12-minute classroom video, Room 204, Stanton Elementary",
                  "narrative": "Every student answers on a whiteboard; three who compared the fractions wrongly regroup with me for reteaching.",
                  "genre": "Classroom video",
                  "audience": "Grade 5 mathematics"
                }],
                "narrative": "Ms. Rivera checked every student's understanding with whiteboards and adjusted instruction in real time."
              },
              "jws": "%2$s",
              "publicUrl": null,
              "createdAt": "2026-12-01T09:41:27.318662Z"
            }""".formatted(WHITEBOARDS_EVIDENCE, JWS);

    /** The hosted Open Badges document of m.rivera's gestures award. */
    private static final String HOSTED_DOCUMENT = """
            {
              "@context": "https://w3id.org/openbadges/v2",
              "type": "Assertion",
              "id": "https://badges.dcps.example.org/public/assertions/b8d4f2a6-0e3c-4a7b-9f1e-5c2a8d6b4e09",
              "recipient": {
                "type": "email",
                "hashed": true,
                "salt": "9a3c5e7f1b2d4a6c8e0f2a4c6e8b0d1f",
                "identity": "sha256$4b24e8ed52fa2f0b2e2ee6213d1eeed1f4b2cb3b4f3adcaa2202662ece9a2980"
              },
              "badge": "https://badges.dcps.example.org/public/badge-classes/8d3b6f1e-7a2c-4e5d-b9f8-0c4a1e7d2b56",
              "verification": {"type": "HostedBadge"},
              "issuedOn": "2026-10-14T18:30:00Z",
              "expires": "2030-10-14T18:30:00Z",
              "evidence": [{
                "type": "Evidence",
                "id": "https://video.dcps.example.org/rivera/gestures.mp4",
                "name": "Gestures for whole-class responses",
                "genre": "Classroom video",
                "audience": "Grade 5 mathematics"
              }]
            }""";

    private static final String HOSTED_ASSERTION = """
            {
              "id": "b8d4f2a6-0e3c-4a7b-9f1e-5c2a8d6b4e09",
              "badgeClassId": "8d3b6f1e-7a2c-4e5d-b9f8-0c4a1e7d2b56",
              "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "recipient": {"type": "email", "identity": "m.rivera@dcps.example.org"},
              "evidence": [{
                "url": "https://video.dcps.example.org/rivera/gestures.mp4",
                "name": "Gestures for whole-class responses",
                "narrative": null,
                "description": null,
                "genre": "Classroom video",
                "audience": "Grade 5 mathematics"
              }],
              "narrative": null,
              "issuedOn": "2026-10-14T18:30:00Z",
              "expires": "2030-10-14T18:30:00Z",
              "contactHours": 7.5,
              "delivery": "hosted",
              "revoked": false,
              "revokedAt": null,
              "revocationReason": null,
              "awardedByStack": null,
              "openBadge": %s,
              "jws": null,
              "publicUrl": "https://badges.dcps.example.org/public/assertions/b8d4f2a6-0e3c-4a7b-9f1e-5c2a8d6b4e09",
              "createdAt": "2026-10-15T08:12:54.660127Z"
            }""".formatted(HOSTED_DOCUMENT);

    /** A batch award to two teachers; {@code %s} is the revocation state of the first. */
    private static final String OKAFOR_ASSERTION = """
            {
              "id": "3f6d9b2e-8c4a-4e1f-a6d3-7b0e5c9f2a48",
              "badgeClassId": "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
              "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "recipient": {"type": "email", "identity": "j.okafor@dcps.example.org"},
              "evidence": [{
                "url": "https://video.dcps.example.org/okafor/whiteboards.mp4",
                "name": "Whiteboards during a 7th-grade ratios warm-up",
                "narrative": null,
                "description": null,
                "genre": "Classroom video",
                "audience": "Grade 7 mathematics"
              }],
              "narrative": null,
              "issuedOn": "2026-11-30T15:00:00Z",
              "expires": "2030-11-30T15:00:00Z",
              "contactHours": 5,
              "delivery": "signed",
              %s,
              "awardedByStack": null,
              "openBadge": {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "Assertion",
                "id": "urn:uuid:3f6d9b2e-8c4a-4e1f-a6d3-7b0e5c9f2a48",
                "recipient": {
                  "type": "email",
                  "hashed": true,
                  "salt": "c7e1a3f5b9d2c4e6a8f0b1d3e5f7a9c2",
                  "identity": "sha256$8eb0429ad68d0e81a92b4788af2d1428082ea4ff326e74a1947f6312a97e3fda"
                },
                "badge": "https://badges.dcps.example.org/public/badge-classes/2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
                "verification": {
                  "type": "SignedBadge",
                  "creator": "https://badges.dcps.example.org/public/keys/c3f8e2a1-4d6b-4e9c-a7f0-8b2d5e1c9a37"
                },
                "issuedOn": "2026-11-30T15:00:00Z",
                "expires": "2030-11-30T15:00:00Z",
                "evidence": [{
                  "type": "Evidence",
                  "id": "https://video.dcps.example.org/okafor/whiteboards.mp4",
                  "name": "Whiteboards during a 7th-grade ratios warm-up",
                  "genre": "Classroom video",
                  "audience": "Grade 7 mathematics"
                }]
              },
              "jws": "eyJhbGciOiJSUzI1NiJ9.eyJAY29udGV4dCI6Imh0dHBzOi8vdzNpZC5vcmcvb3BlbmJhZGdlcy92MiIsInR5cGUiOiJBc3NlcnRpb24i...(truncated).P7rYc2Wm...(truncated)",
              "publicUrl": null,
              "createdAt": "2026-12-01T09:44:02.905513Z"
            }""";

    private static final String NOT_REVOKED = """
            "revoked": false,
              "revokedAt": null,
              "revocationReason": null""";

    private static final String REVOKED = """
            "revoked": true,
              "revokedAt": "2026-12-03T13:22:08.550417Z",
              "revocationReason": "The evidence video was recorded in another teacher's classroom\"""";

    private static final String HADDAD_ASSERTION = """
            {
              "id": "0b5d7f9a-2c4e-4a6b-8d0f-1e3a5c7e9b26",
              "badgeClassId": "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
              "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "recipient": {"type": "email", "identity": "s.haddad@dcps.example.org"},
              "evidence": [{
                "url": "https://video.dcps.example.org/haddad/whiteboards.mp4",
                "name": "Whiteboards in a 3rd-grade phonics lesson",
                "narrative": null,
                "description": null,
                "genre": "Classroom video",
                "audience": "Grade 3 reading"
              }],
              "narrative": null,
              "issuedOn": "2026-11-30T15:00:00Z",
              "expires": "2030-11-30T15:00:00Z",
              "contactHours": 5,
              "delivery": "signed",
              "revoked": false,
              "revokedAt": null,
              "revocationReason": null,
              "awardedByStack": null,
              "openBadge": {
                "@context": "https://w3id.org/openbadges/v2",
                "type": "Assertion",
                "id": "urn:uuid:0b5d7f9a-2c4e-4a6b-8d0f-1e3a5c7e9b26",
                "recipient": {
                  "type": "email",
                  "hashed": true,
                  "salt": "e2f4a6c8b0d1e3f5a7c9b2d4f6a8c0e1",
                  "identity": "sha256$a66a746022788f416d32afe0f9a0d36bde7c3ef7731eda7c31dfe1c95875b9ad"
                },
                "badge": "https://badges.dcps.example.org/public/badge-classes/2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
                "verification": {
                  "type": "SignedBadge",
                  "creator": "https://badges.dcps.example.org/public/keys/c3f8e2a1-4d6b-4e9c-a7f0-8b2d5e1c9a37"
                },
                "issuedOn": "2026-11-30T15:00:00Z",
                "expires": "2030-11-30T15:00:00Z",
                "evidence": [{
                  "type": "Evidence",
                  "id": "https://video.dcps.example.org/haddad/whiteboards.mp4",
                  "name": "Whiteboards in a 3rd-grade phonics lesson",
                  "genre": "Classroom video",
                  "audience": "Grade 3 reading"
                }]
              },
              "jws": "eyJhbGciOiJSUzI1NiJ9.eyJAY29udGV4dCI6Imh0dHBzOi8vdzNpZC5vcmcvb3BlbmJhZGdlcy92MiIsInR5cGUiOiJBc3NlcnRpb24i...(truncated).c9Lk0TqV...(truncated)",
              "publicUrl": null,
              "createdAt": "2026-12-01T09:44:02.905513Z"
            }""";

    private static final String STACK = """
            {
              "id": "4e8a2c6f-3b1d-4f9e-a5c7-9d0b2e4f6a18",
              "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
              "name": "Teach 5: Checking for Student Understanding",
              "description": "Three strategy micro-credentials that together show Teach 5; completing them awards the Teach Standard 5 badge.",
              "badgeClasses": [
                {"badgeClassId": "8d3b6f1e-7a2c-4e5d-b9f8-0c4a1e7d2b56", "name": "Establishing Gestures for Student Responses"},
                {"badgeClassId": "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13", "name": "Using Individual Student Whiteboards"},
                {"badgeClassId": "e1c9a4b7-5d8f-4a2e-8c3b-6f7d9e0a1b24", "name": "Exit Tickets"}
              ],
              "requiredCount": 3,
              "completionBadgeClassId": "f4b2d8e6-9c1a-4d7b-a3e5-2b8c6d0f4e71",
              "createdAt": "2026-08-24T16:31:45.009321Z"
            }""";

    /** m.rivera's four awards in the 2026-2030 renewal cycle: 7.5 + 5 + 2.5 + 0 hours. */
    private static final String RIVERA_HOURS = """
            [
              {
                "assertionId": "b8d4f2a6-0e3c-4a7b-9f1e-5c2a8d6b4e09",
                "badgeClassId": "8d3b6f1e-7a2c-4e5d-b9f8-0c4a1e7d2b56",
                "badgeClassName": "Establishing Gestures for Student Responses",
                "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                "issuedOn": "2026-10-14T18:30:00Z",
                "expires": "2030-10-14T18:30:00Z",
                "contactHours": 7.5,
                "excludedBecause": null
              },
              {
                "assertionId": "7c5e1a9d-2f4b-4e6c-8a1d-3b9e7f5c0d82",
                "badgeClassId": "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
                "badgeClassName": "Using Individual Student Whiteboards",
                "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                "issuedOn": "2026-11-30T15:00:00Z",
                "expires": "2030-11-30T15:00:00Z",
                "contactHours": 5,
                "excludedBecause": null
              },
              {
                "assertionId": "6a2e4c8f-0d1b-4f3e-9c5a-8e7d2b4f6c10",
                "badgeClassId": "e1c9a4b7-5d8f-4a2e-8c3b-6f7d9e0a1b24",
                "badgeClassName": "Exit Tickets",
                "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                "issuedOn": "2027-01-20T16:00:00Z",
                "expires": "2031-01-20T16:00:00Z",
                "contactHours": 2.5,
                "excludedBecause": null
              },
              {
                "assertionId": "d2a6e8c4-1f5b-4d3a-b7e9-0a4c6e8f2b35",
                "badgeClassId": "f4b2d8e6-9c1a-4d7b-a3e5-2b8c6d0f4e71",
                "badgeClassName": "Teach Standard 5: Checking for Student Understanding",
                "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                "issuedOn": "2027-01-20T16:00:00Z",
                "expires": null,
                "contactHours": 0,
                "excludedBecause": null
              }
            ]""";

    /** Request bodies, by operationId. */
    public static final Map<String, String> REQUESTS = Map.ofEntries(
            entry("createIssuer", """
                    {
                      "name": "District of Columbia Public Schools",
                      "url": "https://dcps.example.org",
                      "email": "pd@dcps.example.org",
                      "description": "Professional learning for DCPS teachers: micro-credentials that count toward license renewal.",
                      "image": "https://dcps.example.org/brand/dcps-seal.png",
                      "renewalPolicy": {"requiredHours": 90, "cycleYears": 4}
                    }"""),
            entry("updateIssuer", """
                    {
                      "email": "microcredentials@dcps.example.org",
                      "description": null
                    }"""),
            entry("createApiKey", """
                    {"label": "DCPS professional-learning platform"}"""),
            entry("createBadgeClass", """
                    {
                      "name": "Using Individual Student Whiteboards",
                      "description": "The teacher has every student answer on an individual whiteboard, reads the room at a glance and adjusts the lesson on the spot.",
                      "image": "https://dcps.example.org/badges/whiteboards.png",
                      "criteria": {
                        "url": "https://dcps.example.org/micro-credentials/whiteboards",
                        "narrative": "Submit a classroom video of at least 10 minutes in which every student answers on a whiteboard, and a short reflection on how you adjusted instruction."
                      },
                      "alignments": [%s],
                      "tags": ["Teach 5", "checking for understanding", "micro-credential"],
                      "contactHours": 5,
                      "evidenceRequired": true,
                      "validity": "P4Y",
                      "allowDuplicates": false
                    }""".formatted(TEACH_5)),
            entry("updateBadgeClass", """
                    {
                      "contactHours": 6,
                      "validity": null
                    }"""),
            entry("issueAssertion", """
                    {
                      "recipient": {"type": "email", "identity": "m.rivera@dcps.example.org"},
                      "evidence": [%s],
                      "narrative": "Ms. Rivera checked every student's understanding with whiteboards and adjusted instruction in real time.",
                      "issuedOn": "2026-11-30T15:00:00Z",
                      "delivery": "signed"
                    }""".formatted(WHITEBOARDS_EVIDENCE)),
            entry("issueAssertionBatch", """
                    {
                      "assertions": [
                        {
                          "recipient": {"type": "email", "identity": "j.okafor@dcps.example.org"},
                          "evidence": [{
                            "url": "https://video.dcps.example.org/okafor/whiteboards.mp4",
                            "name": "Whiteboards during a 7th-grade ratios warm-up",
                            "genre": "Classroom video",
                            "audience": "Grade 7 mathematics"
                          }],
                          "issuedOn": "2026-11-30T15:00:00Z"
                        },
                        {
                          "recipient": {"type": "email", "identity": "s.haddad@dcps.example.org"},
                          "evidence": [{
                            "url": "https://video.dcps.example.org/haddad/whiteboards.mp4",
                            "name": "Whiteboards in a 3rd-grade phonics lesson",
                            "genre": "Classroom video",
                            "audience": "Grade 3 reading"
                          }],
                          "issuedOn": "2026-11-30T15:00:00Z"
                        }
                      ]
                    }"""),
            entry("revokeAssertion", """
                    {"reason": "The evidence video was recorded in another teacher's classroom"}"""),
            entry("createStack", """
                    {
                      "name": "Teach 5: Checking for Student Understanding",
                      "description": "Three strategy micro-credentials that together show Teach 5; completing them awards the Teach Standard 5 badge.",
                      "badgeClassIds": [
                        "8d3b6f1e-7a2c-4e5d-b9f8-0c4a1e7d2b56",
                        "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
                        "e1c9a4b7-5d8f-4a2e-8c3b-6f7d9e0a1b24"
                      ],
                      "requiredCount": 3,
                      "completionBadgeClassId": "f4b2d8e6-9c1a-4d7b-a3e5-2b8c6d0f4e71"
                    }"""),
            entry("verifyAssertion application/json", """
                    {
                      "assertion": "%s",
                      "recipient": "m.rivera@dcps.example.org",
                      "recipientType": "email"
                    }""".formatted(JWS)),
            entry("verifyAssertion application/jose", "\"" + JWS + "\""),
            entry("verifyAssertion text/plain",
                    "\"https://badges.dcps.example.org/public/assertions/b8d4f2a6-0e3c-4a7b-9f1e-5c2a8d6b4e09\""));

    /** Success responses by operationId; other non-problem responses by "operationId status". */
    public static final Map<String, String> RESPONSES = Map.ofEntries(
            entry("createIssuer", ISSUER),
            entry("listIssuers", "[" + ISSUER + "]"),
            entry("getIssuer", ISSUER),
            entry("updateIssuer", ISSUER
                    .replace("\"pd@dcps.example.org\"", "\"microcredentials@dcps.example.org\"")
                    .replaceFirst("\"description\": \"[^\"]*\"", "\"description\": null")
                    .replaceFirst("(\"updatedAt\": )\"[^\"]*\"", "$1\"2026-09-02T11:47:30.064218Z\"")),
            entry("createApiKey", """
                    {
                      "id": "9e4a7c21-6b3d-4f08-8e2a-7d5c1b9f3e64",
                      "issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                      "label": "DCPS professional-learning platform",
                      "prefix": "mck_Q3v9Zt",
                      "key": "mck_Q3v9ZtK2pLm8XwR4bN7cJ1hF6sD0aY5eU_gT-iOqV3k",
                      "createdAt": "2026-08-17T14:05:37.120455Z"
                    }"""),
            entry("listApiKeys", "[" + API_KEY.formatted("null") + "]"),
            entry("revokeApiKey", API_KEY.formatted("\"2027-01-08T10:12:44.903118Z\"")),
            entry("createBadgeClass", WHITEBOARDS.formatted(TEACH_5, "5", "\"P4Y\"", "2026-08-24T16:20:03.771204Z")),
            entry("listBadgeClasses", """
                    {"items": [%s], "page": 0, "size": 50, "total": 1}"""
                    .formatted(WHITEBOARDS.formatted(TEACH_5, "5", "\"P4Y\"", "2026-08-24T16:20:03.771204Z"))),
            entry("getBadgeClass", WHITEBOARDS.formatted(TEACH_5, "5", "\"P4Y\"", "2026-08-24T16:20:03.771204Z")),
            entry("updateBadgeClass", WHITEBOARDS.formatted(TEACH_5, "6", "null", "2026-09-05T08:15:12.337840Z")),
            entry("issueAssertion", SIGNED_ASSERTION),
            entry("issueAssertionBatch", """
                    {"assertions": [%s, %s]}""".formatted(OKAFOR_ASSERTION.formatted(NOT_REVOKED),
                    HADDAD_ASSERTION)),
            entry("listAssertions", """
                    {"items": [%s, %s], "page": 0, "size": 50, "total": 2}"""
                    .formatted(SIGNED_ASSERTION, HOSTED_ASSERTION)),
            entry("getAssertion", SIGNED_ASSERTION),
            entry("revokeAssertion", OKAFOR_ASSERTION.formatted(REVOKED)),
            entry("createStack", STACK),
            entry("listStacks", "[" + STACK + "]"),
            entry("getStack", STACK),
            entry("stackProgress", """
                    {
                      "stackId": "4e8a2c6f-3b1d-4f9e-a5c7-9d0b2e4f6a18",
                      "recipient": "m.rivera@dcps.example.org",
                      "recipientType": "email",
                      "requiredCount": 3,
                      "earnedCount": 2,
                      "earned": [
                        {
                          "badgeClassId": "8d3b6f1e-7a2c-4e5d-b9f8-0c4a1e7d2b56",
                          "name": "Establishing Gestures for Student Responses",
                          "assertionId": "b8d4f2a6-0e3c-4a7b-9f1e-5c2a8d6b4e09",
                          "issuedOn": "2026-10-14T18:30:00Z"
                        },
                        {
                          "badgeClassId": "2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
                          "name": "Using Individual Student Whiteboards",
                          "assertionId": "7c5e1a9d-2f4b-4e6c-8a1d-3b9e7f5c0d82",
                          "issuedOn": "2026-11-30T15:00:00Z"
                        }
                      ],
                      "missing": [
                        {"badgeClassId": "e1c9a4b7-5d8f-4a2e-8c3b-6f7d9e0a1b24", "name": "Exit Tickets"}
                      ],
                      "complete": false,
                      "completedOn": null,
                      "completionAssertionId": null
                    }"""),
            entry("recipientHours", """
                    {
                      "recipient": "m.rivera@dcps.example.org",
                      "recipientType": "email",
                      "from": "2026-07-01T00:00:00Z",
                      "to": "2027-07-01T00:00:00Z",
                      "evaluatedAt": "2027-02-01T12:00:03.417306Z",
                      "totalHours": 15,
                      "unit": "hours",
                      "assertions": %s,
                      "excluded": []
                    }""".formatted(RIVERA_HOURS)),
            entry("recipientRenewal", """
                    {
                      "recipient": "m.rivera@dcps.example.org",
                      "recipientType": "email",
                      "policy": {"issuerId": "5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90", "requiredHours": 90, "cycleYears": 4},
                      "cycleStart": "2026-07-01T00:00:00Z",
                      "cycleEnd": "2030-07-01T00:00:00Z",
                      "earnedHours": 15,
                      "remainingHours": 75,
                      "met": false,
                      "unit": "hours",
                      "assertions": %s,
                      "excluded": []
                    }""".formatted(RIVERA_HOURS)),
            entry("verifyAssertion", """
                    {
                      "verdict": "valid",
                      "assertionId": "urn:uuid:7c5e1a9d-2f4b-4e6c-8a1d-3b9e7f5c0d82",
                      "issuer": "https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                      "badgeClass": "https://badges.dcps.example.org/public/badge-classes/2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
                      "checks": [
                        {"name": "structure", "status": "passed", "message": "a well-formed Open Badges 2.0 Assertion (SignedBadge)"},
                        {"name": "signature", "status": "passed", "message": "the RS256 signature verifies with key https://badges.dcps.example.org/public/keys/c3f8e2a1-4d6b-4e9c-a7f0-8b2d5e1c9a37"},
                        {"name": "keyOwnership", "status": "passed", "message": "key https://badges.dcps.example.org/public/keys/c3f8e2a1-4d6b-4e9c-a7f0-8b2d5e1c9a37 is owned by https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90, the badge class's issuer, whose Profile lists it in publicKey"},
                        {"name": "revocation", "status": "passed", "message": "not in the issuer's RevocationList https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90/revocation-list"},
                        {"name": "expiry", "status": "passed", "message": "the assertion expires at 2030-11-30T15:00:00Z"},
                        {"name": "issuedOn", "status": "passed", "message": "issued at 2026-11-30T15:00:00Z, not in the future"},
                        {"name": "recipient", "status": "passed", "message": "the sha256 hash of the email with the assertion's salt matches recipient.identity"}
                      ]
                    }"""),
            entry("publicIssuer", """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "type": "Issuer",
                      "id": "https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                      "name": "District of Columbia Public Schools",
                      "url": "https://dcps.example.org",
                      "email": "pd@dcps.example.org",
                      "description": "Professional learning for DCPS teachers: micro-credentials that count toward license renewal.",
                      "image": "https://dcps.example.org/brand/dcps-seal.png",
                      "publicKey": ["https://badges.dcps.example.org/public/keys/c3f8e2a1-4d6b-4e9c-a7f0-8b2d5e1c9a37"],
                      "revocationList": "https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90/revocation-list"
                    }"""),
            entry("publicRevocationList", """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "type": "RevocationList",
                      "id": "https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90/revocation-list",
                      "issuer": "https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                      "revokedAssertions": [
                        {
                          "id": "urn:uuid:3f6d9b2e-8c4a-4e1f-a6d3-7b0e5c9f2a48",
                          "revocationReason": "The evidence video was recorded in another teacher's classroom"
                        }
                      ]
                    }"""),
            entry("publicBadgeClass", """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "type": "BadgeClass",
                      "id": "https://badges.dcps.example.org/public/badge-classes/2a7e9c4d-1b3f-4c8e-9d6a-5f0b8e2c7d13",
                      "name": "Using Individual Student Whiteboards",
                      "description": "The teacher has every student answer on an individual whiteboard, reads the room at a glance and adjusts the lesson on the spot.",
                      "image": "https://dcps.example.org/badges/whiteboards.png",
                      "criteria": {
                        "type": "Criteria",
                        "id": "https://dcps.example.org/micro-credentials/whiteboards",
                        "narrative": "Submit a classroom video of at least 10 minutes in which every student answers on a whiteboard, and a short reflection on how you adjusted instruction."
                      },
                      "issuer": "https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                      "alignment": [
                        {
                          "type": "AlignmentObject",
                          "targetName": "Teach 5: Checking for Student Understanding",
                          "targetUrl": "https://dcps.example.org/essential-practices/teach-5",
                          "targetDescription": "The teacher checks for understanding of content taught and adjusts instruction.",
                          "targetFramework": "DCPS Essential Practices",
                          "targetCode": "TEACH-5"
                        }
                      ],
                      "tags": ["Teach 5", "checking for understanding", "micro-credential"]
                    }"""),
            entry("publicAssertion", HOSTED_DOCUMENT),
            entry("publicAssertion 410", """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "id": "https://badges.dcps.example.org/public/assertions/b8d4f2a6-0e3c-4a7b-9f1e-5c2a8d6b4e09",
                      "revoked": true,
                      "revocationReason": "Awarded to the wrong teacher; re-issued to the right one"
                    }"""),
            entry("publicKey", """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "type": "CryptographicKey",
                      "id": "https://badges.dcps.example.org/public/keys/c3f8e2a1-4d6b-4e9c-a7f0-8b2d5e1c9a37",
                      "owner": "https://badges.dcps.example.org/public/issuers/5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90",
                      "publicKeyPem": "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqyymQyldAs+N0YCzPfRx\\nSqPOhb2l4DLSUzo5CLFZ/Xot924zphCrldSUMHHyOputVKOu6jG3P2M5eFcqZ+xL\\nCQhH53QBUlTUvzFnz2prfWeYDoC6MLbUJF3yb+fhpm1C3S7Ki0wiBp3nNESWvOt7\\nzvxMTrUMdjuafsH+w3xvOquRMXWuSNS3gUAhDXoHvgMPk8Qmtxngve2295OK3ifX\\nRjzslZ5aGMYE04yqtvSdCvs6aRpQuVBbymzhJ7HSswjN1JVeyTb7RLKuo9LtdTGe\\noQTdA9mL2GTsq1Oj2wBhK17v533uMr7rvX7CDfcLAgL7fdrZIvnqpuYZC2qCkRyJ\\njwIDAQAB\\n-----END PUBLIC KEY-----\\n"
                    }"""));

    /**
     * Problem bodies (without {@code instance}, which the filter sets from the operation's path): an operation's own
     * by "operationId status", the common ones by status alone. A 404's detail is built from
     * {@link #NOT_FOUND_SUBJECTS}.
     */
    public static final Map<String, String> PROBLEMS = Map.ofEntries(
            entry("400", problem(400, "invalid-request", "Invalid request", "body", "malformed JSON at line 1, column 2")),
            entry("401", """
                    {
                      "type": "https://microcred.org/problems/unauthorized",
                      "title": "Unauthorized",
                      "status": 401,
                      "detail": "missing API key: send Authorization: Bearer <key>"
                    }"""),
            entry("403", """
                    {
                      "type": "https://microcred.org/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this operation needs the admin API key"
                    }"""),
            entry("404", """
                    {
                      "type": "https://microcred.org/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "{0} {1} does not exist"
                    }"""),
            entry("createIssuer 400", invalid("email", "must be a well-formed email address")),
            entry("updateIssuer 400", invalid("name", "is required and cannot be removed")),
            entry("createApiKey 400", invalid("label", "size must be between 0 and 200")),
            entry("createBadgeClass 400", """
                    {
                      "type": "https://microcred.org/problems/invalid-request",
                      "title": "Invalid request",
                      "status": 400,
                      "detail": "contactHours: must not be null; criteria: must not be null",
                      "errors": [
                        {"field": "contactHours", "reason": "must not be null"},
                        {"field": "criteria", "reason": "must not be null"}
                      ]
                    }"""),
            entry("updateBadgeClass 400", invalid("validity", "must be an ISO 8601 period such as P4Y, P6M or P90D")),
            entry("issueAssertion 400", invalid("evidence[0].url", "must be an http or https URL")),
            entry("issueAssertion 409", conflict("duplicate-award", "recipient")),
            entry("issueAssertion 422", """
                    {
                      "type": "https://microcred.org/problems/idempotency-key-reused",
                      "title": "Idempotency-Key reused",
                      "status": 422,
                      "detail": "this Idempotency-Key was already used for a different request",
                      "errors": [{"field": "Idempotency-Key", "reason": "was already used for a different request"}]
                    }"""),
            entry("issueAssertionBatch 400", invalid("assertions[1].recipient.identity", "must be an email address")),
            entry("issueAssertionBatch 409", conflict("duplicate-award", "assertions[1].recipient")),
            entry("issueAssertionBatch 422", """
                    {
                      "type": "https://microcred.org/problems/idempotency-key-reused",
                      "title": "Idempotency-Key reused",
                      "status": 422,
                      "detail": "this Idempotency-Key was already used for a different request",
                      "errors": [{"field": "Idempotency-Key", "reason": "was already used for a different request"}]
                    }"""),
            entry("listAssertions 400", invalid("recipientType", "must be one of: email, url, telephone")),
            entry("revokeAssertion 400", invalid("reason", "must not be blank")),
            entry("revokeAssertion 409", """
                    {
                      "type": "https://microcred.org/problems/already-revoked",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "the assertion was already revoked at 2026-12-03T13:22:08.550417Z"
                    }"""),
            entry("listBadgeClasses 400", invalid("size", "must be less than or equal to 200")),
            entry("createStack 400", invalid("badgeClassIds[2]", "is not a badge class of this issuer")),
            entry("stackProgress 400", invalid("recipient", "must not be blank")),
            entry("recipientHours 400", invalid("from",
                    "must be an ISO 8601 date (2026-09-01) or date-time (2026-09-01T00:00:00Z)")),
            entry("verifyAssertion 400", invalid("assertion", "is required: the assertion's JSON object, its "
                    + "compact JWS, or the URL of an assertion hosted by this service")),
            entry("recipientHours 404", """
                    {
                      "type": "https://microcred.org/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "issuer 5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90 does not exist"
                    }"""),
            entry("recipientRenewal 400", invalid("issuerId",
                    "is required with the admin key: whose renewal policy?")),
            entry("recipientRenewal 404", """
                    {
                      "type": "https://microcred.org/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "issuer 5b0c8a0e-3d7e-4b8f-9a51-2c6f1e4d7a90 does not exist"
                    }"""));

    private ApiExamples() {
    }

    private static String invalid(String field, String reason) {
        return """
                {
                  "type": "https://microcred.org/problems/invalid-request",
                  "title": "Invalid request",
                  "status": 400,
                  "detail": "%1$s: %2$s",
                  "errors": [{"field": "%1$s", "reason": "%2$s"}]
                }""".formatted(field, reason);
    }

    private static String problem(int status, String slug, String title, String field, String reason) {
        return """
                {
                  "type": "https://microcred.org/problems/%s",
                  "title": "%s",
                  "status": %d,
                  "detail": "%4$s: %5$s",
                  "errors": [{"field": "%4$s", "reason": "%5$s"}]
                }""".formatted(slug, title, status, field, reason);
    }

    private static String conflict(String slug, String field) {
        String detail = "the recipient already holds this badge class, which may not be held twice";
        return """
                {
                  "type": "https://microcred.org/problems/%1$s",
                  "title": "Conflict",
                  "status": 409,
                  "detail": "%2$s",
                  "errors": [{"field": "%3$s", "reason": "%2$s"}]
                }""".formatted(slug, detail, field);
    }
}
