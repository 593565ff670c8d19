package org.microcred.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One shared HTTP/1.1 client for the service under test, with JSON in and out. */
final class BenchClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    /** A response as the load generator sees it: status, body, and wall time of the exchange. */
    record Reply(int status, String body, long nanos) {
    }

    private final URI base;
    private final HttpClient http;

    BenchClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpRequest post(String path, String apiKey, Object body) {
        return request(path, apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build();
    }

    HttpRequest get(String path, String apiKey) {
        return request(path, apiKey).GET().build();
    }

    /** Sends and times one exchange, reading the whole body, as a real client would. */
    Reply send(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), System.nanoTime() - start);
    }

    /** For setup calls: the parsed body, or a failure naming the call and what the service answered. */
    JsonNode expect(int status, HttpRequest request) {
        Reply reply;
        try {
            reply = send(request);
        } catch (ConnectException e) {
            throw new BenchFailure("nothing answers at " + base + " (is the service running?)", e);
        } catch (IOException e) {
            throw new BenchFailure(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
        if (reply.status() != status) {
            throw new BenchFailure(request.method() + " " + request.uri().getPath() + " answered " + reply.status()
                    + " (expected " + status + "): " + abbreviate(reply.body()), reply.status());
        }
        try {
            return JSON.readTree(reply.body());
        } catch (JsonProcessingException e) {
            throw new BenchFailure(request.uri().getPath() + " returned unreadable JSON: " + abbreviate(reply.body()),
                    e);
        }
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }

    private HttpRequest.Builder request(String path, String apiKey) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + apiKey);
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A setup step or a phase that cannot go on; {@code status} is the HTTP status when there was one. */
    static final class BenchFailure extends RuntimeException {
        final int status;

        BenchFailure(String message, int status) {
            super(message);
            this.status = status;
        }

        BenchFailure(String message, Throwable cause) {
            super(message, cause);
            this.status = 0;
        }
    }
}
