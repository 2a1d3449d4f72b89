package io.smm.membership.admin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AdminEnvironmentDefaultsTests {

    private final AdminEnvironmentDefaults defaults = new AdminEnvironmentDefaults();

    @Test
    void thymeleafResolvesOnlyOurViews() {
        StandardEnvironment environment = new StandardEnvironment();

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.thymeleaf.view-names")).isEqualTo("membership/*");
    }

    @Test
    void installerViewNamesWin() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("installer",
                Map.of("spring.thymeleaf.view-names", "membership/*,reports/*")));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.thymeleaf.view-names")).isEqualTo("membership/*,reports/*");
    }
}
