package io.smm.membership.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the libraries we bring from acting on the host by themselves. Liquibase on the class path would make
 * Boot run its own changelog (which the host does not have): we run ours with our own bean, so Boot's stays off.
 * Boot's open {@code /actuator/liquibase} stays off too. Thymeleaf's view resolver is switched off as well when
 * the extension is disabled. Lowest precedence: an
 * installer's own setting wins.
 */
public class MembershipEnvironmentDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "smMembershipDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.liquibase.enabled", "false");
        // the host exposes every actuator endpoint without authentication; ours need not appear there
        defaults.put("management.endpoint.liquibase.enabled", "false");
        if (!environment.getProperty("sm.membership.enabled", Boolean.class, true)) {
            defaults.put("spring.thymeleaf.enabled", "false");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
