package io.smm.membership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

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
        noClasses().that().resideInAnyPackage("io.smm.membership.groups..", "io.smm.membership.identity..",
                "io.smm.membership.orders..", "io.smm.membership.web..").should().dependOnClassesThat()
                .resideInAPackage("io.smm.membership.host..").check(classes);
    }
}
