package io.smm.membership.host.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.membership.testhost.LogCapture;

/**
 * Every other catalog path of the host answers a category or product the shopper may not browse exactly as one that
 * does not exist (status and body, but for the asked id and the time), leaves them out of its lists, and shows a
 * product whose price is hidden without its price.
 */
class CatalogPathsAccessIntegrationTests extends StandInWithViews {

    private static final long UNKNOWN = 999_999_999L;

    @Autowired
    private TestRestTemplate rest;

    private String suffix;
    private long shop;
    private long vip;
    private long club;
    private long wholesale;
    private long tee;
    private long watch;
    private long box;
    private long pin;

    /**
     * A shop with a VIP corner under it, a members' club and a wholesale line at the root; a tee in the shop, a watch
     * in the VIP corner, a box in the wholesale line and a pin in both the shop and the club.
     */
    @BeforeAll
    void aShopWithCorners() {
        suffix = suffix();
        shop = catalog.createCategory("pshop-" + suffix, "Shop " + suffix);
        vip = catalog.createCategory("pvip-" + suffix, "VIP " + suffix, shop);
        club = catalog.createCategory("pclub-" + suffix, "Club " + suffix);
        wholesale = catalog.createCategory("pbulk-" + suffix, "Wholesale " + suffix);
        long acme = catalog.createManufacturer("acme-" + suffix, "Acme");
        long luxe = catalog.createManufacturer("luxe-" + suffix, "Luxe");
        tee = catalog.createProduct(NewProduct.sku("PT" + suffix).name("Plain tee " + suffix).price("20.00")
                .categories(shop).manufacturer(acme));
        watch = catalog.createProduct(NewProduct.sku("PW" + suffix).name("Gold watch " + suffix).price("900.00")
                .categories(vip).manufacturer(luxe));
        box = catalog.createProduct(NewProduct.sku("PB" + suffix).name("Bulk box " + suffix).price("700.00")
                .categories(wholesale));
        pin = catalog.createProduct(NewProduct.sku("PP" + suffix).name("Shared pin " + suffix).price("3.00")
                .categories(shop, club));
        for (long product : List.of(tee, watch, box)) {
            catalog.addToGroup("FEATURED_" + suffix, product);
        }
        catalog.relate(tee, watch);
        catalog.relate(tee, box);
        catalog.relate(watch, tee);
        long customer = catalog.createCustomer("paths-" + suffix + "@test.io", "secret", "Ann", "Lee");
        catalog.createReview(watch, customer, 5, "Shiny");
        catalog.addImage(watch, "front.jpg", true);
    }

    @Test
    void anUnlistedCategoryIsAnsweredAsAnUnknownOneOnEveryPath() {
        hideVipAndClub();

        assertAnsweredAsUnknown("/api/v1/category/%d", club);
        assertAnsweredAsUnknown("/api/v1/category/%d", vip);
        assertAnsweredAsUnknown("/api/v2/category/%d/variations", club);
        assertAnsweredAsUnknown("/api/v1/category/%d/manufacturer", vip);
        assertThat(statusOf("/api/v1/category/name/pclub-" + suffix))
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertSameAnswer(text("/api/v1/category/name/pclub-" + suffix),
                text("/api/v1/category/name/nothing-" + suffix), "pclub-" + suffix, "nothing-" + suffix);
    }

    @Test
    void listedCategoriesAreAnsweredWithoutWhatIsUnlistedInThem() {
        hideVipAndClub();

        Map<String, Object> detail = host.get("/api/v1/category/" + shop, null).getBody();
        List<Map<String, Object>> manufacturers = host.getList("/api/v1/category/" + shop + "/manufacturer", null)
                .getBody();

        assertThat(detail).containsEntry("code", "pshop-" + suffix);
        assertThat((List<?>) detail.get("children")).isEmpty();
        assertThat(manufacturers).extracting(m -> m.get("code")).containsExactly("acme-" + suffix);
        assertThat(host.getList("/api/v2/category/" + shop + "/variations", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(host.get("/api/v1/category/name/pshop-" + suffix, null).getBody())
                .containsEntry("code", "pshop-" + suffix);
    }

    @Test
    void theCategoryTreeLeavesOutUnlistedCategoriesAndCountsWhatItShows() {
        Map<String, Object> everything = host.get("/api/v1/category?count=1000", null).getBody();
        hideVipAndClub();

        Map<String, Object> all = host.get("/api/v1/category?count=1000", null).getBody();
        Map<String, Object> second = host.get("/api/v1/category?count=1&page=1", null).getBody();

        long roots = ((Number) everything.get("recordsTotal")).longValue();
        assertThat(childIds(everything, shop)).containsExactly(vip);
        assertThat(ids(all)).contains(shop, wholesale).doesNotContain(club);
        assertThat(childIds(all, shop)).isEmpty();
        assertThat(((Number) all.get("recordsTotal")).longValue()).isEqualTo(roots - 1);
        assertThat(all.get("number")).isEqualTo(ids(all).size());
        assertThat(((Number) second.get("recordsTotal")).longValue()).isEqualTo(roots - 1);
        assertThat(second.get("totalPages")).isEqualTo((int) roots - 1);
        assertThat(ids(second)).isEqualTo(ids(all).subList(1, 2));
    }

    @Test
    void aProductsCategoriesAreThoseTheShopperSees() {
        hideVipAndClub();
        assertAnsweredAsUnknown("/api/v1/category/product/%d", watch);

        views.of(GUEST).anyCategoryLists();
        assertThat(ids(host.get("/api/v1/category/product/" + pin, null).getBody())).containsExactly(shop);
        assertThat(host.get("/api/v1/category/product/" + pin, null).getBody()).containsEntry("recordsTotal", 1)
                .containsEntry("number", 1);
    }

    @Test
    void anUnlistedProductsRelatedItemsReviewsAndImagesAreAnsweredAsAnUnknownProducts() {
        hideVipAndClub();

        assertAnsweredAsUnknown("/api/v1/product/%d/related", watch);
        assertAnsweredAsUnknown("/api/v1/product/%d/reviews", watch);
        assertAnsweredAsUnknown("/api/v1/product/%d/images", watch);

        views.of(GUEST).category(vip, AccessSeamTestViews.priceHidden());
        assertThat(host.getList("/api/v1/product/" + watch + "/reviews", null).getBody()).hasSize(1);
        assertThat(host.getList("/api/v1/product/" + watch + "/images", null).getBody()).hasSize(1);
    }

    @Test
    void relatedItemsAndGroupsLeaveOutUnlistedProductsAndHidePrices() {
        hideVipAndClub();
        views.of(GUEST).category(wholesale, AccessSeamTestViews.priceHidden());

        List<Map<String, Object>> related = host.getList("/api/v1/product/" + tee + "/related", null).getBody();
        Map<String, Object> group = host.get("/api/v1/products/group/FEATURED_" + suffix, null).getBody();

        assertThat(related).extracting(p -> ((Number) p.get("id")).longValue()).containsExactly(box);
        assertThat(productIds(group)).containsExactly(tee, box);
        assertThat(group).containsEntry("recordsTotal", 2).containsEntry("number", 2);
        for (Map<String, Object> product : List.of(related.get(0), product(group, box))) {
            assertThat(product).containsEntry("price", null).containsEntry("finalPrice", null);
            assertThat(product.get("membershipAccess").toString()).contains("priceHidden=true");
        }
    }

    @Test
    void relatedItemsOfAProductWhoseRelatedAreAllUnlistedAreAnsweredAsNone() {
        views.of(GUEST).category(shop, AccessSeamTestViews.hidden());
        views.of(GUEST).category(vip, AccessSeamTestViews.notForSale());

        ResponseEntity<String> related = text("/api/v1/product/" + watch + "/related");

        assertThat(related.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(related.getBody()).isNull();
    }

    @Test
    void searchLeavesOutUnlistedProductsAndHidesPrices() {
        assertThat(search("/api/v1/search")).hasSize(4);
        hideVipAndClub();
        views.of(GUEST).category(wholesale, AccessSeamTestViews.priceHidden());

        List<Map<String, Object>> found = search("/api/v1/search");

        assertThat(found).extracting(item -> ((Number) item.get("id")).longValue())
                .containsExactlyInAnyOrder(tee, box);
        Map<String, Object> boxItem = found.stream().filter(item -> ((Number) item.get("id")).longValue() == box)
                .findFirst().orElseThrow();
        assertThat(boxItem.toString()).doesNotContain("700.00");
        assertThat(boxItem.get("membershipAccess").toString()).contains("priceHidden=true");
        assertThat(found.toString()).doesNotContain("900.00", "Gold watch");

        views.of(GUEST).anyCategoryLists();
        Map<String, Object> pinItem = search("/api/v1/search").stream()
                .filter(item -> ((Number) item.get("id")).longValue() == pin).findFirst().orElseThrow();
        assertThat(pinItem).containsEntry("category", null).doesNotContainKey("membershipAccess");
    }

    @Test
    void autocompleteNeverSuggestsANameOnlyUnlistedProductsHave() {
        assertThat(suggestions("gold watch " + suffix)).containsExactly("Gold watch " + suffix);
        hideVipAndClub();

        assertThat(suggestions("gold watch " + suffix)).isEmpty();
        assertThat(suggestions(suffix)).contains("Plain tee " + suffix, "Bulk box " + suffix)
                .doesNotContain("Gold watch " + suffix, "Shared pin " + suffix);
    }

    private void hideVipAndClub() {
        views.of(GUEST).category(vip, AccessSeamTestViews.hidden()).category(club, AccessSeamTestViews.hidden());
    }

    /** The answer for the hidden id and for an id nothing has: same status, type and body but for the id. */
    private void assertAnsweredAsUnknown(String pathPattern, long hidden) {
        ResponseEntity<String> hiddenAnswer = text(String.format(pathPattern, hidden));
        ResponseEntity<String> unknownAnswer = text(String.format(pathPattern, UNKNOWN));
        assertSameAnswer(hiddenAnswer, unknownAnswer, String.valueOf(hidden), String.valueOf(UNKNOWN));
    }

    private static void assertSameAnswer(ResponseEntity<String> hidden, ResponseEntity<String> unknown,
            String hiddenValue, String unknownValue) {
        assertThat(hidden.getStatusCode()).isEqualTo(unknown.getStatusCode());
        assertThat(hidden.getHeaders().getContentType()).isEqualTo(unknown.getHeaders().getContentType());
        assertThat(normalized(hidden.getBody(), hiddenValue)).isEqualTo(normalized(unknown.getBody(), unknownValue));
    }

    private static String normalized(String body, String value) {
        return body == null ? null
                : body.replaceAll("(?<![\\w-])" + Pattern.quote(value) + "(?![\\w-])", "ASKED")
                        .replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"T\"");
    }

    private ResponseEntity<String> text(String path) {
        return quietly(() -> host.getText(path, null, null));
    }

    private HttpStatus statusOf(String path) {
        return text(path).getStatusCode();
    }

    private List<Map<String, Object>> search(String path) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = rest.exchange(path, HttpMethod.POST,
                json(Map.of("query", suffix, "start", 0, "count", 50)), List.class).getBody();
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<String> suggestions(String query) {
        Map<String, Object> answer = rest.exchange("/api/v1/search/autocomplete", HttpMethod.POST,
                json(Map.of("query", query)), Map.class).getBody();
        return (List<String>) answer.get("values");
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static <T> T quietly(Supplier<T> call) {
        return LogCapture.expectingHostErrors(call);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> list) {
        return ((List<Map<String, Object>>) list.get("categories")).stream()
                .map(category -> ((Number) category.get("id")).longValue()).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Long> childIds(Map<String, Object> list, long parent) {
        return ((List<Map<String, Object>>) list.get("categories")).stream()
                .filter(category -> ((Number) category.get("id")).longValue() == parent).findFirst()
                .map(category -> ((List<Map<String, Object>>) category.get("children")).stream()
                        .map(child -> ((Number) child.get("id")).longValue()).collect(Collectors.toList()))
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> productIds(Map<String, Object> list) {
        return ((List<Map<String, Object>>) list.get("products")).stream()
                .map(product -> ((Number) product.get("id")).longValue()).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> product(Map<String, Object> list, long id) {
        return ((List<Map<String, Object>>) list.get("products")).stream()
                .filter(product -> ((Number) product.get("id")).longValue() == id).findFirst().orElseThrow();
    }
}
