package io.smm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The install folder holds our jars and exactly the libraries Shopizer 3.2.5's own jar lacks (checked against
 * the BOOT-INF/lib of a jar built from tag 3.2.5): a library the host has would load twice, at two versions.
 */
class InstallFolderIT {

    private static final Path FOLDER = Paths.get("target", "shopizer-ext");

    @Test
    void holdsOurJarsAndWhatTheHostLacksOnly() throws IOException {
        assertThat(artifacts()).containsExactlyInAnyOrder("sm-membership-module", "sm-membership-admin",
                "sm-membership-liquibase", "liquibase-core", "thymeleaf", "thymeleaf-spring5",
                "thymeleaf-extras-java8time", "attoparser", "unbescape", "commons-csv");
    }

    @Test
    void shipsNoClassOfTheHost() throws IOException {
        for (Path jar : jars()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.stream().map(entry -> entry.getName()))
                        .as(jar.toString()).noneMatch(name -> name.startsWith("com/salesmanager/"));
            }
        }
    }

    private static List<String> artifacts() throws IOException {
        return jars().stream().map(jar -> jar.getFileName().toString().replaceAll("-\\d.*\\.jar$", ""))
                .collect(Collectors.toList());
    }

    private static List<Path> jars() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".jar")).collect(Collectors.toList());
        }
    }
}
