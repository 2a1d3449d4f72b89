package io.smm.membership.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MembershipEnvironmentDefaultsTests {

    private final MembershipEnvironmentDefaults defaults = new MembershipEnvironmentDefaults();

    @Test
    void keepsBootsOwnLiquibaseOff() {
        StandardEnvironment environment = environment(Map.of());

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.liquibase.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("management.endpoint.liquibase.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.thymeleaf.enabled")).isNull();
    }

    @Test
    void switchesThymeleafViewsOffWhenTheExtensionIsDisabled() {
        StandardEnvironment environment = environment(Map.of("sm.membership.enabled", "false"));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.thymeleaf.enabled")).isEqualTo("false");
    }

    @Test
    void yieldsToTheInstallersSettings() {
        StandardEnvironment environment = environment(Map.of("spring.liquibase.enabled", "true"));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.liquibase.enabled")).isEqualTo("true");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
