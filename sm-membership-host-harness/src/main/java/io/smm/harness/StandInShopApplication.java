package io.smm.harness;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.ImportResource;

/**
 * Stand-in for Shopizer 3.2.5's {@code ShopApplication}: same auto-configuration exclusion, an imported
 * legacy XML context and host-like bean names. Scans {@code io.smm.harness} only, so an extension must
 * arrive through its own auto-configuration, as it would on the real host.
 */
@SpringBootApplication(exclude = SecurityAutoConfiguration.class)
@ImportResource("classpath:/spring/stand-in-core-context.xml")
public class StandInShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandInShopApplication.class, args);
    }
}
