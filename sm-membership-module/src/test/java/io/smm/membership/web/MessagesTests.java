package io.smm.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.smm.membership.coupons.CouponRefusal;

/** The API's texts exist in English, 繁體中文 and 简体中文, for every key the code uses. */
class MessagesTests {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(membership\\.[a-z0-9.-]+[a-z0-9])\"");

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = bundle("messages").stringPropertyNames();

        assertThat(bundle("messages_zh_TW").stringPropertyNames()).isEqualTo(english);
        assertThat(bundle("messages_zh_CN").stringPropertyNames()).isEqualTo(english);
    }

    @Test
    void everyKeyTheCodeUsesHasAText() throws IOException {
        Set<String> english = bundle("messages").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Paths.get("src/main/java"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
                while (key.find()) {
                    used.add(key.group(1));
                }
            }
        }
        used.removeIf(key -> key.startsWith("membership.problem.title") || key.equals("membership."));

        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
    }

    @Test
    void everyReasonACouponIsRefusedForHasAText() throws IOException {
        Set<String> english = bundle("messages").stringPropertyNames();

        assertThat(Arrays.stream(CouponRefusal.values()).map(CouponRefusal::messageKey)).allMatch(english::contains);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/membership/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
