package io.smm.membership.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogQueryTests {

    @Test
    void keepsTheNumberOfAnswersBetweenOneAndTwenty() {
        assertThat(CatalogQuery.of("tea", null).limit()).isEqualTo(10);
        assertThat(CatalogQuery.of("tea", 500).limit()).isEqualTo(20);
        assertThat(CatalogQuery.of("tea", 0).limit()).isEqualTo(1);
    }

    @Test
    void escapesWhatLikeWouldReadAsWildcards() {
        assertThat(CatalogQuery.of("  50%_Off! ", null).likePattern()).isEqualTo("%50!%!_off!!%");
    }

    @Test
    void readsAnIdWithOrWithoutItsHashOnly() {
        assertThat(CatalogQuery.of("42", null).id()).isEqualTo(42);
        assertThat(CatalogQuery.of("#42", null).id()).isEqualTo(42);
        assertThat(CatalogQuery.of("SKU-42", null).id()).isEqualTo(-1);
        assertThat(CatalogQuery.of("99999999999999999999", null).id()).isEqualTo(-1);
    }

    @Test
    void cutsLongTexts() {
        assertThat(CatalogQuery.of("x".repeat(500), null).text()).hasSize(100);
    }
}
