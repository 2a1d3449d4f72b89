package io.smm.membership.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/**
 * The no-leak probe: every endpoint of {@code scripts/catalog-endpoints.txt} (the host's catalog paths, the cart and
 * ours), called as a guest, as a member of a group without access and as a VIP, about a product on the VIP corner's
 * shelf that is also filed under a public category. Nothing the first two get may carry its id, name, SKU or
 * price (but for a name or SKU the request sent: the host echoes what it did not find); the VIP's answers show it,
 * which proves the probe sees a product when it is there.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogProbeIntegrationTests {

    private static final Path ENDPOINTS = Path.of("..", "scripts", "catalog-endpoints.txt");
    private static final String ACCESS = "/api/v1/private/membership/category-access/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PRODUCT_FIELDS = List.of("sku", "inventory");

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    private HostClient host;
    private String vip;
    private String member;
    private Map<String, String> values;
    private Secret secret;

    @BeforeAll
    void aVipCornerWithAProductAlsoFiledUnderAPublicCategory() {
        host = new HostClient(rest);
        String owner = host.adminToken();
        String run = String.valueOf(System.nanoTime() % 1_000_000);
        long corner = catalog.createCategory("probe-corner-" + run, "Probe corner " + run);
        long shelf = catalog.createCategory("probe-shelf-" + run, "Probe shelf " + run, corner);
        long open = catalog.createCategory("probe-open-" + run, "Probe arrivals " + run);
        long maker = catalog.createManufacturer("PROBE-MAKER-" + run, "Probe maker " + run);
        secret = new Secret("PROBE-SECRET-" + run, "Probe limited edition " + run, "987.65");
        secret.id = catalog.createProduct(NewProduct.sku(secret.sku).name(secret.name).price(secret.price)
                .categories(shelf, open).manufacturer(maker));
        long other = catalog.createProduct(NewProduct.sku("PROBE-OPEN-" + run).name("Probe house blend " + run)
                .price("12.00").categories(open));
        catalog.relate(other, secret.id);
        catalog.addToGroup("FEATURED_ITEM", secret.id);
        catalog.addImage(secret.id, "probe-front.jpg", true);
        String vipEmail = host.registerCustomer("probe-vip");
        vip = host.customerToken(vipEmail);
        member = host.customerToken(host.registerCustomer("probe-member"));
        catalog.createReview(secret.id, customerId(vip), 4.5, "Probe review " + run);
        long vipGroup = groupWith("PROBEVIP" + run, vip, owner);
        assertThat(host.send(HttpMethod.PUT, ACCESS + "settings", Map.of("unlisted", "CLOSED", "multiCategory", "ALL"),
                owner).getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> vipOnly = new ArrayList<>();
        for (String permission : List.of("BROWSE", "SEE_PRICE", "BUY")) {
            vipOnly.add(Map.of("audience", "GROUP:" + vipGroup, "permission", permission, "state", "ALLOW"));
        }
        ResponseEntity<Map<String, Object>> saved = host.send(HttpMethod.PUT, ACCESS + corner,
                Map.of("rules", vipOnly), owner);
        assertThat(saved.getStatusCode()).as(saved.toString()).isEqualTo(HttpStatus.OK);
        values = Map.of("product", String.valueOf(secret.id), "sku", secret.sku, "slug", secret.sku.toLowerCase(),
                "name", secret.name, "prefix", "limited", "category", String.valueOf(shelf), "categorySlug",
                ("probe-shelf-" + run).toLowerCase(), "group", "FEATURED_ITEM", "other", String.valueOf(other));
    }

    @Test
    void noEndpointShowsTheProductToAGuest() throws IOException {
        assertThat(leaks(null)).isEmpty();
    }

    @Test
    void noEndpointShowsTheProductToAMemberOfAnotherGroup() throws IOException {
        assertThat(leaks(member)).isEmpty();
    }

    @Test
    void theVipFindsItOnTheCataloguesPaths() throws IOException {
        List<String> shown = leaks(vip);
        assertThat(shown).anyMatch(line -> line.startsWith("GET /api/v1/product/" + secret.id + " "))
                .anyMatch(line -> line.startsWith("GET /api/v2/product/" + secret.sku + " "))
                .anyMatch(line -> line.startsWith("GET /api/v1/products?category="))
                .anyMatch(line -> line.startsWith("GET /api/v1/products/group/"))
                .anyMatch(line -> line.startsWith("POST /api/v1/search "));
    }

    /** "request -> status: what it showed" for every endpoint whose answer carries the product. */
    private List<String> leaks(String token) throws IOException {
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(ENDPOINTS)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 3);
            String path = fill(parts[1], value -> URLEncoder.encode(value, StandardCharsets.UTF_8));
            String body = parts.length > 2 ? fill(parts[2], UnaryOperator.identity()) : null;
            ResponseEntity<String> answer = rest.exchange(path, HttpMethod.valueOf(parts[0]),
                    new HttpEntity<>(body, headers(token)), String.class);
            List<String> shown = secret.shownIn(String.valueOf(answer.getBody()),
                    URLDecoder.decode(path, StandardCharsets.UTF_8) + (body == null ? "" : body));
            if (!shown.isEmpty()) {
                found.add(parts[0] + " " + path + " -> " + answer.getStatusCodeValue() + ": " + shown);
            }
        }
        return found;
    }

    private String fill(String template, UnaryOperator<String> encode) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        return placeholder.replaceAll(match -> Matcher.quoteReplacement(encode.apply(values.get(match.group(1)))));
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }

    private long customerId(String token) {
        return ((Number) host.get("/api/v1/auth/membership", token).getBody().get("customerId")).longValue();
    }

    private long groupWith(String code, String token, String owner) {
        ResponseEntity<Map<String, Object>> group = host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", code, "kind", "MANUAL", "nameEn", code), owner);
        host.send(HttpMethod.POST, "/api/v1/private/membership/members/" + customerId(token) + "/groups",
                Map.of("group", code), owner);
        return ((Number) group.getBody().get("id")).longValue();
    }

    /**
     * The product no answer may show: by id (a JSON object with its {@code productId}, or its {@code id} beside a
     * SKU, as products and cart lines have, or stock, as search items have: a description, a price or a category
     * may have the same number), name, SKU or price.
     */
    private static final class Secret {
        final String sku;
        final String name;
        final String price;
        long id;

        Secret(String sku, String name, String price) {
            this.sku = sku;
            this.name = name;
            this.price = price;
        }

        List<String> shownIn(String answer, String sent) {
            List<String> shown = new ArrayList<>();
            if (hasProduct(answer)) {
                shown.add("id");
            }
            String lower = answer.toLowerCase();
            String asked = sent.toLowerCase();
            shown.addAll(List.of(name, sku, price).stream().map(String::toLowerCase)
                    .filter(value -> lower.contains(value) && !asked.contains(value)).collect(Collectors.toList()));
            return shown;
        }

        private boolean hasProduct(String answer) {
            try {
                return hasProduct(JSON.readTree(answer));
            } catch (JsonProcessingException notJson) {
                return false;
            }
        }

        private boolean hasProduct(JsonNode node) {
            boolean product = node.path("productId").asLong() == id || node.path("id").asLong() == id
                    && PRODUCT_FIELDS.stream().anyMatch(node::has);
            for (JsonNode child : node) {
                product |= hasProduct(child);
            }
            return product;
        }
    }
}
