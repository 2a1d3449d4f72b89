package io.smm.membership;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.smm.membership");

    @Test
    void onlyTheHostSeamSeesShopizer() {
        noClasses().that().resideOutsideOfPackage("io.smm.membership.host..").should().dependOnClassesThat()
                .resideInAPackage("com.salesmanager..").check(classes);
    }

    @Test
    void featuresDoNotReachIntoTheHostSeam() {
        noClasses().that().resideOutsideOfPackages("io.smm.membership.host..", "io.smm.membership.autoconfigure..")
                .should().dependOnClassesThat().resideInAPackage("io.smm.membership.host..").check(classes);
    }

    /** Features meet through public services in one direction: tiers may use groups, never the reverse. */
    @Test
    void noCyclesBetweenTheFeatures() {
        slices().matching("io.smm.membership.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesBetweenTheHostSeams() {
        slices().matching("io.smm.membership.host.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The auto-configuration assembles the features; they get their settings by injection, never from it. */
    @Test
    void noFeatureDependsOnTheAutoConfiguration() {
        noClasses().that().resideOutsideOfPackage("io.smm.membership.autoconfigure..").should()
                .dependOnClassesThat().resideInAPackage("io.smm.membership.autoconfigure..").check(classes);
    }

    /** Services refuse with the types of {@code errors}; only the web layer turns them into statuses. */
    @Test
    void onlyTheWebLayerChoosesHttpStatuses() {
        noClasses().that(are(not(webLayer()))).should().dependOnClassesThat().belongToAnyOf(HttpStatus.class)
                .check(classes);
    }

    /** Controllers, exception advice and servlet filters, with the classes nested in them. */
    private static DescribedPredicate<JavaClass> webLayer() {
        return DescribedPredicate.describe("controllers, advice and filters", type -> {
            JavaClass outermost = type;
            while (outermost.getEnclosingClass().isPresent()) {
                outermost = outermost.getEnclosingClass().get();
            }
            String name = outermost.getSimpleName();
            return name.endsWith("Controller") || name.endsWith("Advice") || name.endsWith("Filter");
        });
    }
}
