package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingRedirectTests {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/shop/category/shoes", "/product/42?color=red&size=9#reviews", "/a%20b",
            "/javascript:alert(1)", "/%E9%9E%8B" })
    void acceptsAPathOfThisShop(String target) {
        assertThat(TrackingRedirect.pathOf(target)).contains(target);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "shop", "//evil.example", "/\\evil.example", "\\\\evil.example",
            "https://evil.example", "javascript:alert(1)", "/shop//x", "/shop\\x", "/a\tb", "/a\nb", "/a\rb",
            "/a b", "/a\u0000b", "/a\u007fb", "/%2F%2Fevil.example", "/%2f/evil.example", "/%5Cevil.example",
            "/%252F%252Fevil.example", "/%25252F%25252Fevil.example", "/%0d%0aSet-Cookie:x=1", "/%09/evil",
            "/%zz", "/%", "/%E9", "/\u2028x", "/鞋", "/\"onmouseover=x", "/<script>" })
    void refusesAnythingElse(String target) {
        assertThat(TrackingRedirect.pathOf(target)).isEmpty();
    }

    @Test
    void refusesNothingGivenAndATooLongTarget() {
        assertThat(TrackingRedirect.pathOf(null)).isEmpty();
        assertThat(TrackingRedirect.pathOf("/" + "a".repeat(TrackingRedirect.MAX_LENGTH))).isEmpty();
        assertThat(TrackingRedirect.pathOf("/" + "a".repeat(TrackingRedirect.MAX_LENGTH - 1))).isPresent();
    }
}
