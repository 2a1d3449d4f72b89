package io.smm.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class CatalogIntegrationTests extends StandInHostTestSupport {

    @Test
    void productListShowsThePricesOfPricingService() {
        Long category = catalog.createCategory(unique("shirts"), "Shirts");
        catalog.createProduct(NewProduct.sku(unique("PLAIN-")).name("Plain").price("10.00").categories(category));
        catalog.createProduct(NewProduct.sku(unique("SALE-")).name("Sale").price("10.00").specialPrice("8.00")
                .categories(category));

        HostClient.Answer list = host.get("/api/v1/products?category=" + category, null);

        assertThat(list.status).isEqualTo(200);
        assertThat(list.body.get("recordsTotal").asLong()).isEqualTo(2);
        JsonNode plain = list.body.get("products").get(0);
        JsonNode sale = list.body.get("products").get(1);
        assertThat(plain.get("price").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(plain.get("finalPrice").asText()).contains("10.00");
        assertThat(plain.get("discounted").asBoolean()).isFalse();
        assertThat(sale.get("price").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(sale.get("originalPrice").asText()).contains("10.00");
        assertThat(sale.get("discounted").asBoolean()).isTrue();
        assertThat(sale.get("productPrice").get("finalPrice").asText()).contains("8.00");
    }

    @Test
    void listingOfACategoryIncludesItsSubCategories() {
        Long parent = catalog.createCategory(unique("clothes"), "Clothes");
        Long child = catalog.createCategory(unique("socks"), "Socks", parent);
        catalog.createProduct(NewProduct.sku(unique("SOCK-")).price("3.00").categories(child));

        HostClient.Answer list = host.get("/api/v1/products?category=" + parent, null);

        assertThat(list.body.get("recordsTotal").asLong()).isEqualTo(1);
    }

    @Test
    void aspectOnTheBeanNamedPricingServiceChangesTheListedPrice() {
        Long product = catalog.createProduct(NewProduct.sku(unique(TestSeams.TEN_PERCENT_OFF_PREFIX))
                .price("10.00"));

        HostClient.Answer detail = host.get("/api/v1/product/" + product, null);

        assertThat(detail.status).isEqualTo(200);
        assertThat(detail.body.get("price").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(detail.body.get("originalPrice").asText()).contains("10.00");
    }

    @Test
    void storesHaveTheirOwnCatalogAndCurrency() {
        String store = unique("US");
        catalog.createStore(store, "USD");
        catalog.createProduct(NewProduct.sku(unique("US-")).price("5.00").store(store));

        HostClient.Answer theirs = host.get("/api/v1/products?store=" + store, null);

        assertThat(theirs.body.get("recordsTotal").asLong()).isEqualTo(1);
        assertThat(theirs.body.get("products").get(0).get("finalPrice").asText()).contains("5.00")
                .doesNotContain("CA");
        assertThat(host.get("/api/v1/products?store=NOSUCHSTORE", null).status).isEqualTo(404);
    }

    @Test
    void unknownProductIsNotFound() {
        assertThat(host.get("/api/v1/product/987654", null).status).isEqualTo(404);
    }

    @Test
    void categoriesComeAsATree() {
        String rootCode = unique("root");
        Long root = catalog.createCategory(rootCode, "Root");
        catalog.createCategory(unique("leaf"), "Leaf", root);

        HostClient.Answer tree = host.get("/api/v1/category?count=1000", null);

        assertThat(tree.status).isEqualTo(200);
        JsonNode found = null;
        for (JsonNode category : tree.body.get("categories")) {
            if (rootCode.equals(category.get("code").asText())) {
                found = category;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("children")).hasSize(1);
        assertThat(found.get("description").get("name").asText()).isEqualTo("Root");
    }
}
