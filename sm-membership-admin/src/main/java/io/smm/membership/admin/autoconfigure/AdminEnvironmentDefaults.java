package io.smm.membership.admin.autoconfigure;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the Thymeleaf we bring to our own views. Thymeleaf's view resolver otherwise claims every view name, and
 * the host's views (its {@code error} page, the {@code shop} view of {@code /}) would then fail as missing
 * templates. Lowest precedence: an installer's own {@code spring.thymeleaf.view-names} wins.
 */
public class AdminEnvironmentDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "smMembershipAdminDefaults";
    static final String VIEW_NAMES = "spring.thymeleaf.view-names";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources()
                .addLast(new MapPropertySource(SOURCE_NAME, Map.of(VIEW_NAMES, "membership/*")));
    }
}
