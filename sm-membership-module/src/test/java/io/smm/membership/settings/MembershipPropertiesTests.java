package io.smm.membership.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The store-wide settings, and the deprecated names they replace still working. */
class MembershipPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Bound.class);

    @Test
    void defaultsToTheServersZoneAndHalfUp() {
        assertBound(ZoneId.systemDefault(), RoundingMode.HALF_UP);
    }

    @Test
    void takesTheStoreWideSettings() {
        assertBound(ZoneId.of("Asia/Taipei"), RoundingMode.HALF_EVEN, "sm.membership.store.time-zone=Asia/Taipei",
                "sm.membership.money.rounding-mode=half-even");
    }

    @Test
    void stillTakesTheDeprecatedNames() {
        assertBound(ZoneId.of("Asia/Tokyo"), RoundingMode.HALF_EVEN, "sm.membership.tiers.time-zone=Asia/Tokyo",
                "sm.membership.pricing.rounding-mode=half-even");
    }

    @Test
    void theStoreWideSettingsWinOverTheDeprecatedNames() {
        assertBound(ZoneId.of("Asia/Taipei"), RoundingMode.DOWN, "sm.membership.tiers.time-zone=Asia/Tokyo",
                "sm.membership.store.time-zone=Asia/Taipei", "sm.membership.pricing.rounding-mode=half-even",
                "sm.membership.money.rounding-mode=down");
    }

    @Test
    void theMetadataNamesTheReplacementOfEachDeprecatedName() throws IOException {
        Map<String, JsonNode> properties = metadata();

        assertThat(properties.get("sm.membership.tiers.time-zone").at("/deprecation/replacement").asText())
                .isEqualTo("sm.membership.store.time-zone");
        assertThat(properties.get("sm.membership.pricing.rounding-mode").at("/deprecation/replacement").asText())
                .isEqualTo("sm.membership.money.rounding-mode");
        assertThat(properties.get("sm.membership.money.rounding-mode").path("deprecated").asBoolean()).isFalse();
        assertThat(properties.get("sm.membership.money.rounding-mode").path("defaultValue").asText())
                .isEqualTo("half-up");
        assertThat(properties).containsKey("sm.membership.store.time-zone");
    }

    private void assertBound(ZoneId zone, RoundingMode mode, String... settings) {
        runner.withPropertyValues(settings).run(context -> {
            MembershipProperties properties = context.getBean(MembershipProperties.class);

            assertThat(properties.storeTimeZone()).isEqualTo(zone);
            assertThat(properties.roundingMode()).isEqualTo(mode);
        });
    }

    private static Map<String, JsonNode> metadata() throws IOException {
        try (InputStream json = MembershipProperties.class
                .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            Map<String, JsonNode> byName = new HashMap<>();
            new ObjectMapper().readTree(json).get("properties")
                    .forEach(property -> byName.put(property.get("name").asText(), property));
            return byName;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MembershipProperties.class)
    static class Bound {
    }
}
