package io.smm.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/** Every public host endpoint that returns product or category data answers as the host does, 404s included. */
class CatalogEndpointsIntegrationTests extends StandInHostTestSupport {

    @Autowired
    private ApplicationContext context;

    @Test
    void theHostsBeansCarryTheHostsMethodNamesAndArities() {
        Map<String, List<String>> methods = Map.of(
                "productFacade", List.of("getProductListsByCriterias/3", "getProductBySeUrl/3", "relatedItems/3"),
                "productFacadeV2", List.of("getProductListsByCriterias/3", "getProductByCode/3", "getProductBySeUrl/3"),
                "productCommonFacade", List.of("getProduct/3", "getProductReviews/3"),
                "productItemsFacadeImpl", List.of("listItemsByGroup/3"),
                "categoryFacade", List.of("getCategoryHierarchy/7", "getById/3", "getCategoryByFriendlyUrl/3",
                        "listByProduct/3", "categoryProductVariants/3"),
                "manufacturerFacade", List.of("getByProductInCategory/3"),
                "searchFacade", List.of("search/3", "autocompleteRequest/3"));

        methods.forEach((bean, expected) -> {
            List<String> declared = new ArrayList<>();
            for (Method method : AopUtils.getTargetClass(context.getBean(bean)).getMethods()) {
                declared.add(method.getName() + "/" + method.getParameterCount());
            }
            assertThat(declared).as(bean).containsAll(expected);
        });
    }

    @Test
    void v2ListingPagesTheCategoryAndItsSubCategories() {
        Long parent = catalog.createCategory(unique("v2-parent"), "Parent");
        Long child = catalog.createCategory(unique("v2-child"), "Child", parent);
        Long first = catalog.createProduct(NewProduct.sku(unique("V2A-")).price("4.00").categories(parent));
        Long second = catalog.createProduct(NewProduct.sku(unique("V2B-")).price("5.00").categories(child));

        HostClient.Answer page = host.get("/api/v2/products?category=" + parent + "&count=1&page=1", null);

        assertThat(page.status).isEqualTo(200);
        assertThat(page.body.get("recordsTotal").asLong()).isEqualTo(2);
        assertThat(page.body.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(page.body.get("products"))).containsExactly(second);
        assertThat(ids(host.get("/api/v2/products?category=" + parent, null).body.get("products")))
                .containsExactly(first, second);
    }

    @Test
    void v2ProductBySkuAndUnknownSkuAsTheHostsNotFound() {
        String sku = unique("V2SKU-");
        Long product = catalog.createProduct(NewProduct.sku(sku).price("7.00"));

        HostClient.Answer found = host.get("/api/v2/product/" + sku, null);
        HostClient.Answer unknown = host.get("/api/v2/product/NO-SUCH-SKU", null);

        assertThat(found.status).isEqualTo(200);
        assertThat(found.body.get("id").asLong()).isEqualTo(product);
        assertThat(found.body.get("price").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.body.get("errorCode").asText()).isEqualTo("404");
        assertThat(unknown.body.get("message").asText()).isEqualTo("Product [NO-SUCH-SKU] not found for merchant [DEFAULT]");
    }

    @Test
    void productBySlugOnBothPathsAndInV2() {
        String slug = unique("blue-mug-");
        Long product = catalog.createProduct(NewProduct.sku(unique("MUG-")).name("Blue mug").price("9.00").slug(slug));

        for (String path : List.of("/api/v1/product/slug/", "/api/v1/product/friendly/", "/api/v2/product/slug/",
                "/api/v2/product/friendly/")) {
            HostClient.Answer found = host.get(path + slug, null);
            assertThat(found.status).as(path).isEqualTo(200);
            assertThat(found.body.get("id").asLong()).as(path).isEqualTo(product);
            assertThat(found.body.get("description").get("friendlyUrl").asText()).isEqualTo(slug);
            assertThat(host.get(path + "no-such-slug", null).status).as(path).isEqualTo(404);
        }
        assertThat(host.get("/api/v2/product/slug/no-such-slug", null).body.get("errorCode").asText())
                .isEqualTo("404");
    }

    @Test
    void unknownProductByIdIsTheHostsNotFound() {
        HostClient.Answer unknown = host.get("/api/v1/product/987655", null);

        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.body.get("errorCode").asText()).isEqualTo("404");
    }

    @Test
    void productGroupListsItsProductsAndAnUnknownGroupIsEmpty() {
        String group = unique("FEATURED-");
        Long first = catalog.createProduct(NewProduct.sku(unique("GRP-")).price("1.00"));
        Long second = catalog.createProduct(NewProduct.sku(unique("GRP-")).price("2.00"));
        catalog.createProduct(NewProduct.sku(unique("NOTGRP-")).price("3.00"));
        catalog.addToGroup(group, first);
        catalog.addToGroup(group, second);

        HostClient.Answer listed = host.get("/api/v1/products/group/" + group, null);
        HostClient.Answer unknown = host.get("/api/v1/products/group/NO-SUCH-GROUP", null);

        assertThat(listed.status).isEqualTo(200);
        assertThat(ids(listed.body.get("products"))).containsExactly(first, second);
        assertThat(listed.body.get("recordsTotal").asLong()).isEqualTo(2);
        assertThat(listed.body.get("products").get(1).get("price").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(unknown.status).isEqualTo(200);
        assertThat(unknown.body.get("products")).isEmpty();
    }

    @Test
    void relatedItemsOfAProduct() {
        Long product = catalog.createProduct(NewProduct.sku(unique("REL-")).price("1.00"));
        Long related = catalog.createProduct(NewProduct.sku(unique("REL-")).name("Related").price("2.00"));
        Long alone = catalog.createProduct(NewProduct.sku(unique("ALONE-")).price("3.00"));
        catalog.relate(product, related);

        HostClient.Answer items = host.get("/api/v1/product/" + product + "/related", null);
        HostClient.Answer none = host.get("/api/v1/product/" + alone + "/related", null);

        assertThat(items.status).isEqualTo(200);
        assertThat(ids(items.body)).containsExactly(related);
        assertThat(items.body.get(0).get("description").get("name").asText()).isEqualTo("Related");
        assertThat(none.status).isEqualTo(200);
        assertThat(none.body.isMissingNode()).as("the host answers null: an empty body").isTrue();
        assertThat(host.get("/api/v1/product/987656/related", null).status).isEqualTo(404);
    }

    @Test
    void categoryByIdNestsItsDescendants() {
        Long root = catalog.createCategory(unique("cat-root"), "Root");
        Long child = catalog.createCategory(unique("cat-child"), "Child", root);
        Long grandChild = catalog.createCategory(unique("cat-grand"), "Grandchild", child);

        HostClient.Answer category = host.get("/api/v1/category/" + root, null);
        HostClient.Answer unknown = host.get("/api/v1/category/987657", null);

        assertThat(category.status).isEqualTo(200);
        assertThat(category.body.get("id").asLong()).isEqualTo(root);
        JsonNode childNode = category.body.get("children").get(0);
        assertThat(childNode.get("id").asLong()).isEqualTo(child);
        assertThat(childNode.get("parent").get("id").asLong()).isEqualTo(root);
        assertThat(childNode.get("children").get(0).get("id").asLong()).isEqualTo(grandChild);
        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.body.get("errorCode").asText()).isEqualTo("404");
    }

    @Test
    void categoryByFriendlyUrlAndTheHostsFailureForAnUnknownOne() {
        String code = unique("friendly-cat");
        Long category = catalog.createCategory(code, "Friendly");

        HostClient.Answer found = host.get("/api/v1/category/name/" + code.toLowerCase(), null);
        HostClient.Answer unknown = host.get("/api/v1/category/name/no-such-category", null);

        assertThat(found.status).isEqualTo(200);
        assertThat(found.body.get("id").asLong()).isEqualTo(category);
        assertThat(found.body.get("description").get("name").asText()).isEqualTo("Friendly");
        assertThat(unknown.status).as("the host's populator refuses null: 500, not 404").isEqualTo(500);
    }

    @Test
    void variationsOfACategoryAreNoneHereAndAnUnknownCategoryIsTheHostsNotFound() {
        Long category = catalog.createCategory(unique("variations"), "Variations");

        HostClient.Answer variations = host.get("/api/v2/category/" + category + "/variations", null);
        HostClient.Answer unknown = host.get("/api/v2/category/987662/variations", null);

        assertThat(variations.status).isEqualTo(200);
        assertThat(variations.body).isEmpty();
        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.body.get("errorCode").asText()).isEqualTo("404");
    }

    @Test
    void categoriesOfAProductInSeveralCategories() {
        Long first = catalog.createCategory(unique("of-product-a"), "A");
        Long second = catalog.createCategory(unique("of-product-b"), "B");
        Long product = catalog.createProduct(NewProduct.sku(unique("TWO-")).price("1.00").categories(first, second));

        HostClient.Answer categories = host.get("/api/v1/category/product/" + product, null);
        HostClient.Answer unknown = host.get("/api/v1/category/product/987658", null);

        assertThat(categories.status).isEqualTo(200);
        assertThat(ids(categories.body.get("categories"))).containsExactly(first, second);
        assertThat(categories.body.get("recordsTotal").asLong()).isEqualTo(2);
        assertThat(unknown.status).isEqualTo(200);
        assertThat(unknown.body.get("categories")).isEmpty();
    }

    @Test
    void manufacturersOfTheProductsInACategoryAndBelow() {
        Long parent = catalog.createCategory(unique("brands"), "Brands");
        Long child = catalog.createCategory(unique("brands-child"), "Child", parent);
        Long acme = catalog.createManufacturer(unique("acme"), "Acme");
        Long zeta = catalog.createManufacturer(unique("zeta"), "Zeta");
        Long product = catalog.createProduct(NewProduct.sku(unique("ACME-")).price("1.00").categories(child)
                .manufacturer(acme));
        catalog.createProduct(NewProduct.sku(unique("ZETA-")).price("1.00").categories(parent).manufacturer(zeta));

        HostClient.Answer ofParent = host.get("/api/v1/category/" + parent + "/manufacturer", null);
        HostClient.Answer ofChild = host.get("/api/v1/category/" + child + "/manufacturer", null);

        assertThat(ofParent.status).isEqualTo(200);
        assertThat(ids(ofParent.body)).containsExactly(acme, zeta);
        assertThat(ids(ofChild.body)).containsExactly(acme);
        assertThat(ofChild.body.get(0).get("description").get("name").asText()).isEqualTo("Acme");
        assertThat(host.get("/api/v1/product/" + product, null).body.get("manufacturer").get("id").asLong())
                .isEqualTo(acme);
        assertThat(host.get("/api/v1/category/987659/manufacturer", null).status).isEqualTo(404);
    }

    @Test
    void reviewsOfAProduct() {
        Long product = catalog.createProduct(NewProduct.sku(unique("REV-")).price("1.00"));
        Long customer = catalog.createCustomer(unique("reviewer") + "@test.io", "secret", "Rae", "Viewer");
        Long review = catalog.createReview(product, customer, 4.5, "Sturdy");

        HostClient.Answer reviews = host.get("/api/v1/product/" + product + "/reviews", null);

        assertThat(reviews.status).isEqualTo(200);
        assertThat(ids(reviews.body)).containsExactly(review);
        assertThat(reviews.body.get(0).get("productId").asLong()).isEqualTo(product);
        assertThat(reviews.body.get(0).get("rating").asDouble()).isEqualTo(4.5);
        assertThat(reviews.body.get(0).get("description").asText()).isEqualTo("Sturdy");
        assertThat(host.get("/api/v1/product/987660/reviews", null).status).isEqualTo(404);
    }

    @Test
    void imagesOfAProduct() {
        Long product = catalog.createProduct(NewProduct.sku(unique("IMG-")).price("1.00"));
        Long front = catalog.addImage(product, "front.jpg", true);
        Long back = catalog.addImage(product, "back.jpg", false);

        HostClient.Answer images = host.get("/api/v1/product/" + product + "/images", null);
        HostClient.Answer unknown = host.get("/api/v1/product/987661/images", null);

        assertThat(images.status).isEqualTo(200);
        assertThat(ids(images.body)).containsExactly(front, back);
        assertThat(images.body.get(0).get("imageName").asText()).isEqualTo("front.jpg");
        assertThat(host.get("/api/v1/product/" + product, null).body.get("image").get("id").asLong())
                .isEqualTo(front);
        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.body.get("errorCode").asText()).isEqualTo("404");
    }

    @Test
    void searchAnswersFromTheIndexWithThePriceAtIndexTime() {
        String word = unique("zircon");
        Long category = catalog.createCategory(unique("gems"), "Gems " + word);
        Long product = catalog.createProduct(NewProduct.sku(unique("GEM-")).name("Blue " + word + " ring")
                .price("30.00").specialPrice("25.00").categories(category));

        HostClient.Answer byName = host.post("/api/v1/search", Map.of("query", word + " ring", "count", 10), null);
        HostClient.Answer byCategory = host.post("/api/v1/search", Map.of("query", "gems " + word), null);
        HostClient.Answer nothing = host.post("/api/v1/search", Map.of("query", "no-such-word"), null);

        assertThat(byName.status).isEqualTo(200);
        assertThat(ids(byName.body)).containsExactly(product);
        JsonNode item = byName.body.get(0);
        assertThat(item.get("name").asText()).isEqualTo("Blue " + word + " ring");
        assertThat(item.get("category").asText()).isEqualTo("Gems " + word);
        assertThat(item.get("inventory").get(0).get("PRICE").asText()).isEqualTo("30.00");
        assertThat(item.get("inventory").get(0).get("DISCOUNT_PRICE").asText()).isEqualTo("25.00");
        assertThat(ids(byCategory.body)).containsExactly(product);
        assertThat(nothing.body).isEmpty();
    }

    @Test
    void autocompleteOffersProductNamesFromTheIndex() {
        String word = unique("quartz");
        catalog.createProduct(NewProduct.sku(unique("QZ-")).name("Pink " + word).price("1.00"));
        catalog.createProduct(NewProduct.sku(unique("QZ-")).name("Smoky " + word).price("1.00"));

        HostClient.Answer values = host.post("/api/v1/search/autocomplete", Map.of("query", word), null);

        assertThat(values.status).isEqualTo(200);
        List<String> names = new ArrayList<>();
        values.body.get("values").forEach(value -> names.add(value.asText()));
        assertThat(names).containsExactly("Pink " + word, "Smoky " + word);
    }

    @Test
    void aDeletedProductLeavesItsGroupItsRelatedItemsAndTheIndex() {
        String word = unique("obsidian");
        String group = unique("GONE-");
        Long kept = catalog.createProduct(NewProduct.sku(unique("KEPT-")).price("1.00"));
        Long gone = catalog.createProduct(NewProduct.sku(unique("GONE-")).name(word).price("1.00"));
        Long customer = catalog.createCustomer(unique("critic") + "@test.io", "secret", "Cri", "Tic");
        catalog.addToGroup(group, gone);
        catalog.relate(kept, gone);
        catalog.createReview(gone, customer, 2.0, "Meh");
        catalog.addImage(gone, "gone.jpg", true);

        HostClient.Answer deleted = host.delete("/api/v2/private/product/" + gone, adminToken());

        assertThat(deleted.status).isEqualTo(200);
        assertThat(host.get("/api/v1/product/" + gone, null).status).isEqualTo(404);
        assertThat(host.get("/api/v1/products/group/" + group, null).body.get("products")).isEmpty();
        assertThat(host.get("/api/v1/product/" + kept + "/related", null).body.isMissingNode()).isTrue();
        assertThat(host.post("/api/v1/search", Map.of("query", word), null).body).isEmpty();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }
}
