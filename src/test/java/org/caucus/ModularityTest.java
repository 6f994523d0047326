package org.caucus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caucus");

    @Test
    void modules_only_use_each_others_published_types_and_form_no_cycles() {
        ApplicationModules.of(CaucusApplication.class).verify();
    }

    @Test
    void vaadin_stays_in_views_and_the_shell() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.caucus.shell..")
                .and()
                .doNotHaveSimpleName("CaucusApplication")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.caucus.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
