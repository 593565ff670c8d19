package org.microcred.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document (registered with {@code mp.openapi.filter}): every operation gets the
 * problem+json error responses it can really produce and the examples of {@link ApiExamples}, and paths and
 * responses are put in a stable order so that {@code openapi/openapi.yaml} only changes when the API does.
 *
 * <p>Errors added: 400 to an operation with a body or constrained query parameters; 401 to every {@code /api/v1}
 * operation but the public verifier; 403 to the operations that need the admin key; 404 to an operation with a path
 * id. A response the resource already declares (such as a 409) keeps its description and gains the Problem schema
 * and example; a 4xx that the resource documents with another body (the Open Badges 410 of a revoked hosted
 * assertion) is left as it is.
 */
public class ApiContractFilter implements OASFilter {

    static final String COMPONENT_SCHEMAS = "#/components/schemas/";
    static final String PROBLEM_SCHEMA = COMPONENT_SCHEMAS + "Problem";
    static final String PUBLIC_VERIFY = "/api/v1/verify";

    /** The operations that call {@code CallerContext.requireAdmin()}: an issuer key gets 403. */
    static final Set<String> ADMIN_ONLY = Set.of("createIssuer", "createApiKey", "listApiKeys", "revokeApiKey");

    private static final Map<String, String> DEFAULT_DESCRIPTIONS = Map.of(
            "400", "Invalid request: the problem's errors name each offending field",
            "401", "Missing, unknown or revoked API key",
            "403", "The operation needs the admin API key",
            "404", "Not found, or not visible to the caller's key",
            "409", "Conflict with the current state",
            "422", "Unprocessable request");

    private static final List<PathItem.HttpMethod> METHOD_ORDER = List.of(PathItem.HttpMethod.GET,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.POST, PathItem.HttpMethod.DELETE, PathItem.HttpMethod.OPTIONS,
            PathItem.HttpMethod.HEAD, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.TRACE);

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> sorted = new TreeMap<>(openAPI.getPaths().getPathItems());
        sorted.forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> complete(path, operation));
                canonicalOrder(item);
            }
        });
        openAPI.getPaths().setPathItems(new LinkedHashMap<>(sorted));
        nameOpenBadgesSchemas(openAPI);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().setSchemas(new LinkedHashMap<>(new TreeMap<>(openAPI.getComponents().getSchemas())));
        }
        canonicalOrder(openAPI);
    }

    /**
     * SmallRye names schemas by simple class name and numbers the clashes in scan order: the Open Badges documents'
     * nested Criteria, Alignment and Evidence became "Criteria1" and so on, beside the admin API's own. A schema that
     * an Open Badges {@code *Document} refers to and whose name clashes is renamed {@code OpenBadges<Name>}; the
     * other keeps the plain name. (Named {@code @Schema}s on the openbadges.v2 records would make this unnecessary.)
     */
    private static void nameOpenBadgesSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, String> renames = new TreeMap<>();
        schemas.forEach((name, schema) -> {
            if (!name.endsWith("Document") || schema.getProperties() == null) {
                return;
            }
            for (Schema property : schema.getProperties().values()) {
                String target = componentName(property.getItems() != null ? property.getItems() : property);
                if (target == null || renames.containsKey(target)) {
                    continue;
                }
                String base = target.replaceFirst("\\d+$", "");
                List<String> clashing = schemas.keySet().stream()
                        .filter(other -> other.equals(base) || other.matches(Pattern.quote(base) + "\\d+")).toList();
                if (clashing.size() == 2) {
                    renames.put(target, "OpenBadges" + base);
                    clashing.stream().filter(other -> !other.equals(target) && !other.equals(base))
                            .forEach(other -> renames.put(other, base));
                }
            }
        });
        if (renames.isEmpty()) {
            return;
        }
        forEachSchema(openAPI, schema -> {
            String target = componentName(schema);
            if (target != null && renames.containsKey(target)) {
                schema.setRef(COMPONENT_SCHEMAS + renames.get(target));
            }
        });
        Map<String, Schema> renamed = new TreeMap<>();
        schemas.forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
        openAPI.getComponents().setSchemas(renamed);
    }

    private static String componentName(Schema schema) {
        String ref = schema == null ? null : schema.getRef();
        return ref != null && ref.startsWith(COMPONENT_SCHEMAS) ? ref.substring(COMPONENT_SCHEMAS.length()) : null;
    }

    /** Every schema object in the document: components, parameters, bodies and responses, and all they nest. */
    private static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                action.accept(schema);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(this);
                }
                for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                        schema.getOneOf(), schema.getPrefixItems())) {
                    if (list != null) {
                        list.forEach(this);
                    }
                }
                accept(schema.getItems());
                accept(schema.getNot());
                accept(schema.getAdditionalPropertiesSchema());
            }
        };
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(walk);
        }
        Consumer<Content> contents = content -> {
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(media -> walk.accept(media.getSchema()));
            }
        };
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> {
                        walk.accept(parameter.getSchema());
                        contents.accept(parameter.getContent());
                    });
                }
                if (operation.getRequestBody() != null) {
                    contents.accept(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        contents.accept(response.getContent());
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(header -> walk.accept(header.getSchema()));
                        }
                    });
                }
            });
        });
    }

    /** Operations in the Path Item Object's field order (get, put, post, delete, ...), not in scan order. */
    private static void canonicalOrder(PathItem item) {
        Map<PathItem.HttpMethod, Operation> operations = Map.copyOf(item.getOperations());
        operations.keySet().forEach(method -> item.setOperation(method, null));
        for (PathItem.HttpMethod method : METHOD_ORDER) {
            if (operations.containsKey(method)) {
                item.setOperation(method, operations.get(method));
            }
        }
    }

    /** The usual reading order: openapi, info, servers, security, tags, paths, components. */
    private static void canonicalOrder(OpenAPI openAPI) {
        var openapi = openAPI.getOpenapi();
        var info = openAPI.getInfo();
        var servers = openAPI.getServers();
        var security = openAPI.getSecurity();
        var tags = openAPI.getTags();
        var paths = openAPI.getPaths();
        var webhooks = openAPI.getWebhooks();
        var components = openAPI.getComponents();
        var externalDocs = openAPI.getExternalDocs();
        openAPI.setOpenapi(null);
        openAPI.setInfo(null);
        openAPI.setServers(null);
        openAPI.setSecurity(null);
        openAPI.setTags(null);
        openAPI.setPaths(null);
        openAPI.setWebhooks(null);
        openAPI.setComponents(null);
        openAPI.setExternalDocs(null);
        openAPI.setOpenapi(openapi);
        openAPI.setInfo(info);
        openAPI.setServers(servers);
        openAPI.setSecurity(security);
        openAPI.setTags(tags);
        openAPI.setPaths(paths);
        openAPI.setWebhooks(webhooks);
        openAPI.setComponents(components);
        openAPI.setExternalDocs(externalDocs);
    }

    private void complete(String path, Operation operation) {
        String id = operation.getOperationId();
        if (id == null) {
            return; // OpenApiContractTest reports it
        }
        if (operation.getRequestBody() != null) {
            examplesFor(id, "request", operation.getRequestBody().getContent(), ApiExamples.REQUESTS);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean api = path.startsWith("/api/v1/") && !path.equals(PUBLIC_VERIFY);
        if (operation.getRequestBody() != null || hasConstrainedQuery(operation)) {
            problem(responses, "400");
        }
        if (api) {
            problem(responses, "401");
        }
        if (ADMIN_ONLY.contains(id)) {
            problem(responses, "403");
        }
        if (path.contains("{")) {
            problem(responses, "404");
            if (!api && responses.getAPIResponse("404").getDescription().equals(DEFAULT_DESCRIPTIONS.get("404"))) {
                responses.getAPIResponse("404").setDescription("No such document");
            }
        }
        Map<String, APIResponse> byCode = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        byCode.forEach((code, response) -> {
            if (code.startsWith("2")) {
                examplesFor(id, "response", response.getContent(), ApiExamples.RESPONSES);
            } else if (code.startsWith("4") || code.startsWith("5")) {
                String other = ApiExamples.RESPONSES.get(id + " " + code);
                if (other != null) {
                    exampleFor(response.getContent(), parse(id + " " + code + " response", other));
                } else {
                    problemContent(response, problemExample(id, code, path));
                }
            }
        });
        sortResponses(responses);
    }

    /** Declares the status if absent; its content is completed with the others. */
    private static void problem(APIResponses responses, String code) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(DEFAULT_DESCRIPTIONS.get(code)));
        }
    }

    /** Makes the response application/problem+json with the Problem schema, unless it documents another body. */
    private static void problemContent(APIResponse response, Object example) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Error");
        }
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            if (content.getMediaTypes() != null && !content.getMediaTypes().isEmpty()) {
                return; // documented with another body on purpose
            }
            problem = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        }
        if (problem.getExample() == null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
            problem.setExample(example);
        }
    }

    private Object problemExample(String id, String code, String path) {
        String text = ApiExamples.PROBLEMS.getOrDefault(id + " " + code, ApiExamples.PROBLEMS.get(code));
        if (text == null) {
            text = ApiExamples.PROBLEMS.get("400").replace("\"status\": 400", "\"status\": " + code);
        }
        String lastParameter = null;
        StringBuilder instance = new StringBuilder();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            lastParameter = m.group(1);
            m.appendReplacement(instance, Matcher.quoteReplacement(pathValue(path, lastParameter)));
        }
        m.appendTail(instance);
        if (text.contains("{0}")) {
            if (lastParameter == null) {
                throw new IllegalStateException("ApiExamples: " + id + " answers " + code
                        + " without a path id to name; add a \"" + id + " " + code + "\" problem example");
            }
            String subject = ApiExamples.NOT_FOUND_SUBJECTS.getOrDefault(path + " " + lastParameter,
                    ApiExamples.NOT_FOUND_SUBJECTS.getOrDefault(lastParameter, lastParameter));
            text = text.replace("{0}", subject).replace("{1}", pathValue(path, lastParameter));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) parse(id + " " + code + " problem", text);
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String field : List.of("type", "title", "status", "detail")) {
            if (body.containsKey(field)) {
                ordered.put(field, body.get(field));
            }
        }
        ordered.put("instance", instance.toString());
        body.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String pathValue(String path, String parameter) {
        return ApiExamples.PATH_PARAMETER_OVERRIDES.getOrDefault(path + " " + parameter,
                ApiExamples.PATH_PARAMETERS.getOrDefault(parameter, "{" + parameter + "}"));
    }

    /** Query parameters that Bean Validation checks: required, patterned or bounded. */
    private static boolean hasConstrainedQuery(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY) {
                continue;
            }
            var schema = parameter.getSchema();
            if (Boolean.TRUE.equals(parameter.getRequired()) || (schema != null && (schema.getPattern() != null
                    || schema.getMinimum() != null || schema.getMaximum() != null
                    || schema.getMaxLength() != null || schema.getMinLength() != null))) {
                return true;
            }
        }
        return false;
    }

    /** Each media type's example: {@code "operationId mediaType"}, else {@code operationId}. */
    private void examplesFor(String id, String what, Content content, Map<String, String> examples) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            String text = examples.getOrDefault(id + " " + type, examples.get(id));
            if (text != null && media.getExample() == null
                    && (media.getExamples() == null || media.getExamples().isEmpty())) {
                media.setExample(parse(id + " " + type + " " + what, text));
            }
        });
    }

    /** Sets the example on every media type of the content that has none yet. */
    private static void exampleFor(Content content, Object example) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(media -> {
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                media.setExample(example);
            }
        });
    }

    /** 2xx first, then the errors, each in numeric order; "default" last. */
    private static void sortResponses(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        List<Map.Entry<String, APIResponse>> entries = new ArrayList<>(responses.getAPIResponses().entrySet());
        entries.sort(Comparator.comparing(e -> e.getKey().equals("default") ? "999" : e.getKey()));
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        responses.setAPIResponses(ordered);
    }

    private Object parse(String what, String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ApiExamples: the " + what + " example is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
