package io.smm.membership.testhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Talks to the stand-in host over HTTP as a storefront or the Angular admin would. */
public class HostClient {

    public static final String ADMIN = "admin@shopizer.com";
    public static final String ADMIN_PASSWORD = "password";
    public static final String CUSTOMER_PASSWORD = "Secret123!";
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<Map<String, Object>>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
            new ParameterizedTypeReference<List<Map<String, Object>>>() { };

    private final TestRestTemplate rest;

    public HostClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    public String adminToken() {
        return login("/api/v1/private/login", ADMIN, ADMIN_PASSWORD);
    }

    public String adminToken(String user, String password) {
        return login("/api/v1/private/login", user, password);
    }

    /** Registers a new customer through the host, as a storefront does, and returns the customer's e-mail. */
    public String registerCustomer(String prefix) {
        return registerCustomer(prefix, "", new HttpHeaders());
    }

    /** {@link #registerCustomer(String)} with a query string ({@code ?invite=CODE}) and more headers (a cookie). */
    public String registerCustomer(String prefix, String query, HttpHeaders extra) {
        String email = prefix + CUSTOMERS.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
        Map<String, Object> billing = Map.of("firstName", "Test", "lastName", prefix, "country", "CA",
                "stateProvince", "QC", "address", "1 Main street", "city", "Montreal", "postalCode", "H2X1Y4",
                "phone", "5145551234");
        ResponseEntity<Map<String, Object>> registered = send(HttpMethod.POST, "/api/v1/customer/register" + query,
                Map.of("emailAddress", email, "password", CUSTOMER_PASSWORD, "firstName", "Test", "lastName", prefix,
                        "billing", billing), null, extra);
        if (!registered.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        return email;
    }

    /** Registers a new customer, puts them in a group as the owner does, and returns the customer's token. */
    public String newCustomerIn(String groupCode, String prefix, String ownerToken) {
        String token = customerToken(registerCustomer(prefix));
        long customerId = customerId(token);
        send(HttpMethod.POST, "/api/v1/private/membership/members/" + customerId + "/groups",
                Map.of("group", groupCode), ownerToken);
        return token;
    }

    /** The id of the customer signed in with the token. */
    public long customerId(String customerToken) {
        return ((Number) get("/api/v1/auth/membership", customerToken).getBody().get("customerId")).longValue();
    }

    public String customerToken(String email) {
        return login("/api/v1/customer/login", email, CUSTOMER_PASSWORD);
    }

    public ResponseEntity<Map<String, Object>> get(String path, String token) {
        return exchange(HttpMethod.GET, path, null, token, JSON_OBJECT);
    }

    public ResponseEntity<List<Map<String, Object>>> getList(String path, String token) {
        return exchange(HttpMethod.GET, path, null, token, JSON_ARRAY);
    }

    /** A list answered in {@code language} ({@code Accept-Language}). */
    public ResponseEntity<List<Map<String, Object>>> getList(String path, String token, String language) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token, language)), JSON_ARRAY);
    }

    /** The answer as the text sent (a CSV file, a problem), in {@code language} when it is not null. */
    public ResponseEntity<String> getText(String path, String token, String language) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token, language)), String.class);
    }

    /** A download, as the bytes sent. */
    public ResponseEntity<byte[]> getBytes(String path, String token) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), byte[].class);
    }

    public ResponseEntity<Map<String, Object>> send(HttpMethod method, String path, Object body, String token) {
        return exchange(method, path, body, token, JSON_OBJECT);
    }

    public ResponseEntity<Map<String, Object>> send(HttpMethod method, String path, Object body, String token,
            HttpHeaders extra) {
        HttpHeaders headers = headers(token);
        headers.putAll(extra);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JSON_OBJECT);
    }

    /** Checks a cart out as the host's authenticated checkout does, paying {@code amount} by money order. */
    public ResponseEntity<Map<String, Object>> checkout(String cartCode, String amount, String customerToken) {
        return send(HttpMethod.POST, "/api/v1/auth/cart/" + cartCode + "/checkout", Map.of("payment",
                Map.of("paymentType", "MONEYORDER", "transactionType", "CAPTURE", "paymentModule", "moneyorder",
                        "amount", amount)), customerToken);
    }

    /** Changes an order's status as the owner does ({@code PUT /api/v1/private/orders/{id}/status}). */
    public ResponseEntity<String> changeOrderStatus(long orderId, String status, String adminToken) {
        HttpHeaders headers = headers(adminToken);
        headers.setContentType(MediaType.TEXT_PLAIN);
        return rest.exchange("/api/v1/private/orders/" + orderId + "/status", HttpMethod.PUT,
                new HttpEntity<>(status, headers), String.class);
    }

    /** The fields a 400 problem names, in its order. */
    public static List<Object> violationFields(ResponseEntity<Map<String, Object>> answer) {
        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<?>) answer.getBody().get("violations")).stream().map(v -> ((Map<?, ?>) v).get("field"))
                .collect(Collectors.toList());
    }

    /** Sends an already encoded path and query as they are (a String URL would be encoded again). */
    public ResponseEntity<Map<String, Object>> sendEncoded(HttpMethod method, String encodedPath, Object body,
            String token) {
        return rest.exchange(URI.create(rest.getRootUri() + encodedPath), method,
                new HttpEntity<>(body, headers(token)), JSON_OBJECT);
    }

    private String login(String path, String user, String password) {
        ResponseEntity<Map<String, Object>> answer = exchange(HttpMethod.POST, path,
                Map.of("username", user, "password", password), null, JSON_OBJECT);
        if (!answer.getStatusCode().is2xxSuccessful() || answer.getBody() == null) {
            throw new IllegalStateException("login failed for " + user + ": " + answer);
        }
        return (String) answer.getBody().get("token");
    }

    private <T> ResponseEntity<T> exchange(HttpMethod method, String path, Object body, String token,
            ParameterizedTypeReference<T> type) {
        return rest.exchange(path, method, new HttpEntity<>(body, headers(token)), type);
    }

    private static HttpHeaders headers(String token, String language) {
        HttpHeaders headers = headers(token);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return headers;
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.valueOf("application/problem+json")));
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }
}
