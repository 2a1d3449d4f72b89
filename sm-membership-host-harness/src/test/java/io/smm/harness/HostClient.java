package io.smm.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A small JSON client for the stand-in's REST API; a {@code null} token sends no Authorization header. */
final class HostClient {

    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    private HostClient(int port, HttpClient client) {
        this.baseUrl = "http://localhost:" + port;
        this.client = client;
    }

    /** Sends no cookies: every call is a new HTTP session. */
    static HostClient stateless(int port) {
        return new HostClient(port, HttpClient.newHttpClient());
    }

    /** Keeps cookies, like a browser, so calls share one HTTP session. */
    static HostClient withCookies(int port) {
        return new HostClient(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    Answer post(String path, Object body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Answer putText(String path, String body, String token) {
        return send(request(path, token).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer put(String path, Object body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), read(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** Status and parsed JSON body (missing when empty or not JSON). */
    static final class Answer {

        final int status;
        final JsonNode body;

        Answer(int status, JsonNode body) {
            this.status = status;
            this.body = body;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
