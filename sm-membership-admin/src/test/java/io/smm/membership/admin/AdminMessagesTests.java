package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;

/**
 * Keeps the page texts translated: the three admin bundles hold the same keys with the same arguments, every
 * {@code membership.} key the templates and controllers use exists, and templates show no text of their own
 * outside the placeholders that a {@code th:text} (or similar) replaces.
 */
class AdminMessagesTests {

    private static final Path TEMPLATES = Paths.get("src/main/resources/templates/membership");
    private static final Path SOURCES = Paths.get("src/main/java");
    private static final String BUNDLES = "src/main/resources/membership/i18n/";
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?<![\\w./])membership\\.[\\w.-]*[\\w-]");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(membership\\.[^\"]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Attributes a reader sees or hears, which need a {@code th:} twin when they hold words. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label",
            "data-confirm", "value");
    /** Attributes that replace the element's text (or the whole element), making its text a placeholder. */
    private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:errors",
            "th:replace", "th:insert", "th:remove");

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Properties english = bundle("admin.properties");

        Properties traditional = bundle("admin_zh_TW.properties");
        Properties simplified = bundle("admin_zh_CN.properties");

        assertThat(english.stringPropertyNames()).isNotEmpty()
                .allMatch(key -> key.startsWith("membership.admin."), "starts with membership.admin.");
        assertThat(traditional.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                english.stringPropertyNames());
        assertThat(simplified.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                english.stringPropertyNames());
    }

    @Test
    void translationsTakeTheSameArguments() throws IOException {
        Properties english = bundle("admin.properties");

        List<String> mismatches = new ArrayList<>();
        for (String file : List.of("admin_zh_TW.properties", "admin_zh_CN.properties")) {
            Properties translation = bundle(file);
            for (String key : english.stringPropertyNames()) {
                if (!arguments(english.getProperty(key)).equals(arguments(translation.getProperty(key, "")))) {
                    mismatches.add(file + ": " + key);
                }
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void messagesWithArgumentsAreValidMessageFormats() throws IOException {
        List<String> broken = new ArrayList<>();

        for (String file : List.of("admin.properties", "admin_zh_TW.properties", "admin_zh_CN.properties")) {
            Properties messages = bundle(file);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (ARGUMENT.matcher(text).find()) {
                    String formatted = new MessageFormat(text).format(new Object[] { "A", "B", "C", "D", "E", "F" });
                    if (formatted.contains("{") || text.contains("'")) {
                        broken.add(file + ": " + key);
                    }
                }
            }
        }

        assertThat(broken).isEmpty();
    }

    @Test
    void everyKeyInTemplatesExists() throws IOException {
        Set<String> known = knownKeys();

        Set<String> used = new TreeSet<>();
        for (Path template : files(TEMPLATES, ".html")) {
            Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                used.add(keys.group());
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(used).allMatch(known::contains, "is a key of the admin or module bundles");
    }

    @Test
    void everyKeyInControllersExists() throws IOException {
        Set<String> known = knownKeys();

        Set<String> used = new TreeSet<>();
        for (Path source : files(SOURCES, ".java")) {
            Matcher keys = JAVA_KEY.matcher(Files.readString(source));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(used).allMatch(known::contains, "is a key of the admin or module bundles");
    }

    @Test
    void templatesHaveNoLiteralText() throws Exception {
        List<String> literals = new ArrayList<>();

        for (Path template : files(TEMPLATES, ".html")) {
            new SimpleMarkupParser(ParseConfiguration.htmlConfiguration())
                    .parse(Files.readString(template), new LiteralTextFinder(template, literals));
        }

        assertThat(literals).isEmpty();
    }

    /** Text and text attributes that would reach the page untranslated. */
    private static final class LiteralTextFinder extends AbstractSimpleMarkupHandler {

        private final String file;
        private final List<String> literals;
        private final Deque<Map<String, String>> open = new ArrayDeque<>();
        private final Deque<String> names = new ArrayDeque<>();

        LiteralTextFinder(Path file, List<String> literals) {
            this.file = TEMPLATES.relativize(file).toString();
            this.literals = literals;
        }

        @Override
        public void handleOpenElement(String name, Map<String, String> attributes, int line, int col) {
            checkAttributes(name, attributes, line);
            open.push(attributes == null ? Map.of() : attributes);
            names.push(name);
        }

        @Override
        public void handleStandaloneElement(String name, Map<String, String> attributes, boolean minimized,
                int line, int col) {
            checkAttributes(name, attributes, line);
        }

        @Override
        public void handleCloseElement(String name, int line, int col) {
            close(name);
        }

        @Override
        public void handleAutoCloseElement(String name, int line, int col) {
            close(name);
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            String text = new String(buffer, offset, len).trim();
            if (!LETTER.matcher(text).find() || open.isEmpty()) {
                return;
            }
            if (REPLACING_ATTRIBUTES.stream().noneMatch(open.peek()::containsKey)) {
                literals.add(file + ":" + line + " <" + names.peek() + "> " + text);
            }
        }

        private void checkAttributes(String name, Map<String, String> attributes, int line) {
            if (attributes == null) {
                return;
            }
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                String key = attribute.getKey();
                boolean words = attribute.getValue() != null && LETTER.matcher(attribute.getValue()).find();
                if (TEXT_ATTRIBUTES.contains(key) && words && !attributes.containsKey("th:" + key)
                        && !("value".equals(key) && !"button".equals(attributes.get("type"))
                                && !"submit".equals(attributes.get("type")))) {
                    literals.add(file + ":" + line + " <" + name + " " + key + "=\"" + attribute.getValue() + "\">");
                }
            }
        }

        private void close(String name) {
            if (!names.isEmpty() && names.peek().equals(name)) {
                names.pop();
                open.pop();
            }
        }
    }

    private static Set<String> knownKeys() throws IOException {
        Set<String> known = new TreeSet<>(bundle("admin.properties").stringPropertyNames());
        try (InputStream module = AdminMessagesTests.class.getResourceAsStream("/membership/i18n/messages.properties")) {
            assertThat(module).as("the module's messages.properties on the class path").isNotNull();
            Properties messages = new Properties();
            messages.load(new InputStreamReader(module, StandardCharsets.UTF_8));
            known.addAll(messages.stringPropertyNames());
        }
        return known;
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Paths.get(BUNDLES + file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }
}
