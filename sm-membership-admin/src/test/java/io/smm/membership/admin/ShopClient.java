package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client of the stand-in shop that keeps one session cookie by hand (so a test can reuse exactly
 * the cookie the pages gave it) and follows no redirects.
 */
final class ShopClient {

    static final String ADMIN = "admin@shopizer.com";
    static final String ADMIN_PASSWORD = "password";
    static final String STORE = "DEFAULT";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String sessionId;

    ShopClient(int port) {
        this.base = "http://localhost:" + port;
    }

    String sessionId() {
        return sessionId;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String path, Object body, String... headers)
            throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Sends one file as the multipart field {@code name}. */
    HttpResponse<String> postFile(String path, String name, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "smm-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))));
    }

    /** A response's body as bytes, to see a byte order mark. */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The CSRF token of the first form on a page. */
    String csrfToken(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = CSRF_FIELD.matcher(page.body());
        assertThat(token.find()).as("a _csrf field on " + path).isTrue();
        return token.group(1);
    }

    /** Signs in on the pages' login form; returns where the login redirected to. */
    String signInToPages(String user, String password) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", user);
        form.put("password", password);
        form.put("_csrf", csrfToken("/membership/admin/login"));
        HttpResponse<String> login = postForm("/membership/admin/login", form);
        assertThat(login.statusCode()).isEqualTo(302);
        return login.headers().firstValue("Location").orElse("");
    }

    /** An administrator's JWT from the host's private login. */
    String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> login = new ShopClient(port()).postJson("/api/v1/private/login",
                Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(login.body());
        return body.get("token").asText();
    }

    private int port() {
        return URI.create(base).getPort();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> cookies = new ArrayList<>(response.headers().allValues("Set-Cookie"));
        for (String cookie : cookies) {
            Matcher session = SESSION_COOKIE.matcher(cookie);
            if (session.find()) {
                sessionId = session.group(1);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
