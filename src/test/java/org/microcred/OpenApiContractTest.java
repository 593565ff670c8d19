package org.microcred;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microcred.common.ApiExamples;

/**
 * {@code openapi/openapi.yaml} is the API contract: exactly the document the code serves, and complete. Regenerate it
 * after an API change with {@value #REGENERATE}, then review and commit the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    static final String WRITE = "microcred.openapi.write";
    static final String REGENERATE = "./mvnw test -Dtest=OpenApiContractTest -Dmicrocred.openapi.write=true";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PUBLIC_VERIFY = "/api/v1/verify";
    /**
     * Error responses that are deliberately not problem+json: Open Badges 2.0 has a revoked hosted assertion answer
     * 410 with the JSON-LD {@code {"revoked": true, "revocationReason": ...}} that verifiers understand.
     */
    private static final Set<String> NOT_PROBLEMS = Set.of("publicAssertion 410");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedContractIsTheServedDocument() throws IOException {
        String served = fetch("yaml");
        assertThat(fetch("yaml")).as("the served document must not change between requests").isEqualTo(served);
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
            System.out.println("OpenApiContractTest: wrote " + CONTRACT.toAbsolutePath());
            return;
        }
        if (!Files.exists(CONTRACT)) {
            fail(CONTRACT + " is missing. Generate it with: " + REGENERATE);
        }
        String committed = Files.readString(CONTRACT, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!committed.equals(served)) {
            fail(CONTRACT + " is stale: it differs from the document the code serves at /q/openapi ("
                    + firstDifference(committed, served) + "). Regenerate it with: " + REGENERATE
                    + " and review the diff before committing.");
        }
    }

    @Test
    void everyOperationHasSummaryIdResponsesProblemsExampleAndSecurity() throws IOException {
        JsonNode document = JSON.readTree(fetch("json"));
        assertThat(document.path("paths").size()).as("paths found").isGreaterThan(10);
        assertThat(incompleteOperations(document)).as("incomplete operations in /q/openapi").isEmpty();
    }

    @Test
    void examplesUseTheRealFieldNamesAndTypes() throws IOException {
        JsonNode document = JSON.readTree(fetch("json"));
        assertThat(exampleMismatches(document)).as("examples that do not match their schema").isEmpty();
    }

    /** The checks above must bite: a bare operation, and examples with a wrong field, type or enum value. */
    @Test
    void theChecksCatchAnUndocumentedOperationAndAWrongExample() throws IOException {
        JsonNode bare = JSON.readTree("""
                {"paths": {"/api/v1/widgets/{widgetId}": {"get": {"responses": {
                  "404": {"description": "Not Found"}}}}}}""");
        assertThat(incompleteOperations(bare)).containsExactlyInAnyOrder(
                "GET /api/v1/widgets/{widgetId}: no operationId",
                "GET /api/v1/widgets/{widgetId}: no summary",
                "GET /api/v1/widgets/{widgetId}: 404 is not application/problem+json",
                "GET /api/v1/widgets/{widgetId}: no 2xx response",
                "GET /api/v1/widgets/{widgetId}: no example, neither of the request nor of a 2xx response",
                "GET /api/v1/widgets/{widgetId}: no apiKey security requirement",
                "GET /api/v1/widgets/{widgetId}: no 401 response");
        JsonNode wrong = JSON.readTree("""
                {"paths": {"/api/v1/widgets": {"post": {
                  "requestBody": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Widget"},
                    "example": {"nmae": "x", "size": "big", "kind": "round", "part": {"n": 1}}}}}}}},
                 "components": {"schemas": {"Widget": {"type": "object", "required": ["name"], "properties": {
                   "name": {"type": "string"}, "size": {"type": "integer"},
                   "kind": {"type": "string", "enum": ["square"]},
                   "part": {"$ref": "#/components/schemas/Part", "type": "array"}}},
                   "Part": {"type": "object", "properties": {"n": {"type": "integer"}}}}}}""");
        assertThat(exampleMismatches(wrong)).containsExactlyInAnyOrder(
                "POST /api/v1/widgets request application/json $: unknown field \"nmae\"",
                "POST /api/v1/widgets request application/json $.size: string is not [integer]",
                "POST /api/v1/widgets request application/json $.kind: \"round\" is not one of [\"square\"]",
                "POST /api/v1/widgets request application/json $.part: object is not [array]",
                "POST /api/v1/widgets request application/json $: required field \"name\" is missing");
    }

    static List<String> incompleteOperations(JsonNode document) {
        List<String> failures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachOperation(document, (where, operation) -> {
            String path = where.substring(where.indexOf(' ') + 1);
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                failures.add(where + ": no operationId");
            } else if (!ids.add(id)) {
                failures.add(where + ": operationId " + id + " is used twice");
            }
            if (operation.path("summary").asText("").isBlank()) {
                failures.add(where + ": no summary");
            }
            boolean success = false;
            boolean example = hasExample(operation.path("requestBody").path("content"));
            for (var response : operation.path("responses").properties()) {
                String code = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (code.startsWith("2")) {
                    success = true;
                    example |= hasExample(content);
                } else if ((code.startsWith("4") || code.startsWith("5")) && !NOT_PROBLEMS.contains(id + " " + code)) {
                    JsonNode problem = content.path(PROBLEM_JSON);
                    if (problem.isMissingNode()) {
                        failures.add(where + ": " + code + " is not " + PROBLEM_JSON);
                    } else {
                        if (!PROBLEM_REF.equals(problem.path("schema").path("$ref").asText())) {
                            failures.add(where + ": " + code + " does not use the Problem schema");
                        }
                        if (exampleOf(problem) == null) {
                            failures.add(where + ": " + code + " has no example");
                        }
                    }
                }
            }
            if (!success) {
                failures.add(where + ": no 2xx response");
            }
            if (!example) {
                failures.add(where + ": no example, neither of the request nor of a 2xx response");
            }
            JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
            boolean apiKey = false;
            for (JsonNode requirement : security) {
                apiKey |= requirement.has("apiKey");
            }
            if (path.startsWith("/api/v1/") && !path.equals(PUBLIC_VERIFY)) {
                if (!apiKey) {
                    failures.add(where + ": no apiKey security requirement");
                }
                if (!operation.path("responses").has("401")) {
                    failures.add(where + ": no 401 response");
                }
            } else if (apiKey) {
                failures.add(where + ": a public operation must not require the apiKey");
            }
        });
        return failures;
    }

    static List<String> exampleMismatches(JsonNode document) {
        List<String> failures = new ArrayList<>();
        forEachOperation(document, (where, operation) -> {
            checkContent(document, where + " request", operation.path("requestBody").path("content"), failures);
            for (var response : operation.path("responses").properties()) {
                checkContent(document, where + " " + response.getKey(), response.getValue().path("content"),
                        failures);
            }
        });
        return failures;
    }

    @Test
    void everyExampleInApiExamplesIsUsed() throws IOException {
        JsonNode document = JSON.readTree(fetch("json"));
        Set<String> withBody = new HashSet<>();
        Set<String> responses = new HashSet<>();
        Set<String> codes = new HashSet<>();
        forEachOperation(document, (where, operation) -> {
            String id = operation.path("operationId").asText();
            if (operation.has("requestBody")) {
                withBody.add(id);
                operation.path("requestBody").path("content").fieldNames()
                        .forEachRemaining(type -> withBody.add(id + " " + type));
            }
            responses.add(id);
            for (var response : operation.path("responses").properties()) {
                responses.add(id + " " + response.getKey());
                codes.add(response.getKey());
                response.getValue().path("content").fieldNames().forEachRemaining(type -> responses.add(id + " " + type));
            }
        });
        assertThat(withBody).as("operations with a body").containsAll(ApiExamples.REQUESTS.keySet());
        assertThat(responses).as("operations and their responses").containsAll(ApiExamples.RESPONSES.keySet());
        for (String key : ApiExamples.PROBLEMS.keySet()) {
            assertThat(key.contains(" ") ? responses : codes).as("the problem example " + key + " is used")
                    .contains(key);
        }
    }

    @Test
    void everyReferenceResolvesAndNoSchemaNameIsAClashNumber() throws IOException {
        JsonNode document = JSON.readTree(fetch("json"));
        List<String> dangling = new ArrayList<>();
        collectDangling(document, document, "$", dangling);
        assertThat(dangling).as("$refs that point nowhere").isEmpty();
        List<String> numbered = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (name.matches(".*[A-Za-z]\\d+")) {
                numbered.add(name);
            }
        });
        assertThat(numbered).as("schema names that SmallRye numbered because two classes share a simple name; "
                + "give one a @Schema(name = ...)").isEmpty();
    }

    @Test
    void infoAndApiKeySchemeAreSane() throws IOException {
        JsonNode document = JSON.readTree(fetch("json"));
        assertThat(document.path("info").path("title").asText()).isEqualTo("MicroCred API");
        assertThat(document.path("info").path("version").asText()).isNotBlank();
        assertThat(document.path("info").path("license").path("name").asText()).isEqualTo("Apache-2.0");
        assertThat(document.path("servers").findValuesAsText("url")).as("servers: relative to the deployment")
                .containsExactly("/");
        JsonNode scheme = document.path("components").path("securitySchemes").path("apiKey");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText().toLowerCase(Locale.ROOT)).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asText()).as("API keys are opaque, not JWTs")
                .isNotEqualToIgnoringCase("JWT");
        assertThat(document.path("components").path("schemas").has("Problem")).isTrue();
    }

    private static String fetch(String format) {
        byte[] body = given().queryParam("format", format).get("/q/openapi")
                .then().statusCode(200).extract().asByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> action) {
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    action.accept(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
                }
            }
        }
    }

    private static void collectDangling(JsonNode document, JsonNode node, String where, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && (!ref.asText().startsWith("#/")
                    || document.at(ref.asText().substring(1)).isMissingNode())) {
                dangling.add(where + ": " + ref.asText());
            }
            for (var field : node.properties()) {
                if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    collectDangling(document, field.getValue(), where + "." + field.getKey(), dangling);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectDangling(document, node.get(i), where + "[" + i + "]", dangling);
            }
        }
    }

    private static boolean hasExample(JsonNode content) {
        for (JsonNode media : content) {
            if (exampleOf(media) != null) {
                return true;
            }
        }
        return false;
    }

    /** The media type's {@code example}, or its first {@code examples} value. */
    private static JsonNode exampleOf(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        for (JsonNode named : media.path("examples")) {
            if (named.has("value")) {
                return named.get("value");
            }
        }
        return null;
    }

    private static void checkContent(JsonNode document, String where, JsonNode content, List<String> failures) {
        for (var media : content.properties()) {
            JsonNode example = exampleOf(media.getValue());
            if (example != null && media.getValue().has("schema")) {
                check(document, example, media.getValue().get("schema"), where + " " + media.getKey() + " $",
                        failures);
            }
        }
    }

    /** A small JSON Schema check: field names, required fields, types, enums and patterns, recursively. */
    private static void check(JsonNode document, JsonNode value, JsonNode schema, String where,
            List<String> failures) {
        if (value.isNull()) {
            return; // optional fields are serialized as null
        }
        if (schema.has("$ref")) {
            // OpenAPI 3.1: keywords beside a $ref apply too, as if in an allOf
            check(document, value, resolve(document, schema), where, failures);
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                boolean any = false;
                for (JsonNode branch : schema.get(combinator)) {
                    List<String> branchFailures = new ArrayList<>();
                    check(document, value, branch, where, branchFailures);
                    any |= branchFailures.isEmpty();
                }
                if (!any) {
                    failures.add(where + ": matches none of " + combinator);
                }
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            check(document, value, part, where, failures);
        }
        List<String> types = new ArrayList<>();
        if (schema.path("type").isTextual()) {
            types.add(schema.get("type").asText());
        }
        schema.path("type").forEach(t -> types.add(t.asText()));
        if (!types.isEmpty() && types.stream().noneMatch(t -> isOfType(value, t))) {
            failures.add(where + ": " + value.getNodeType().name().toLowerCase(Locale.ROOT) + " is not " + types);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                failures.add(where + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isTextual() && schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            failures.add(where + ": \"" + value.asText() + "\" does not match " + schema.get("pattern").asText());
        }
        if (value.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            boolean open = schema.path("additionalProperties").asBoolean(false)
                    || schema.path("additionalProperties").isObject();
            for (var field : value.properties()) {
                if (properties.has(field.getKey())) {
                    check(document, field.getValue(), properties.get(field.getKey()), where + "." + field.getKey(),
                            failures);
                } else if (!open) {
                    failures.add(where + ": unknown field \"" + field.getKey() + "\"");
                }
            }
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    failures.add(where + ": required field \"" + required.asText() + "\" is missing");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(document, value.get(i), schema.get("items"), where + "[" + i + "]", failures);
            }
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.get("$ref").asText();
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : JSON.createObjectNode();
    }

    private static boolean isOfType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber()
                    || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end of file>";
            String right = i < b.length ? b[i] : "<end of file>";
            if (!left.equals(right)) {
                return "first difference at line " + (i + 1) + ": committed \"" + left.strip() + "\", served \""
                        + right.strip() + "\"";
            }
        }
        return "they differ only in line endings";
    }
}
