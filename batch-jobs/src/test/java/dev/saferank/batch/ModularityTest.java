package dev.saferank.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * batch-jobs' layout: one module per job ({@code rating}, {@code publication}) whose {@code internal}
 * packages (readers, writers, steps) are private to it, no cycles; the jobs use the rating module and never
 * the API.
 */
class ModularityTest {

    @Test
    void oneModulePerJobWithPrivateInternals() {
        ApplicationModules.of("dev.saferank.batch").verify();
    }

    @Test
    void usesTheRatingModuleAndNeverTheApi() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.saferank.batch");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.saferank.platform..")
                .check(classes);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.saferank.rating..internal..")
                .because("the rating module's internal packages are its own")
                .check(classes);
    }
}
