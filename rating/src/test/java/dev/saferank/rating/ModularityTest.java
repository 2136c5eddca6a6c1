package dev.saferank.rating;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The rating module's layout: {@code facts}, {@code scheme}, {@code run} and {@code publication} are
 * modules in Spring Modulith's sense (their sub-packages, such as {@code facts.internal}, are private to
 * them; no cycles), and the module depends on the engine only, never on the apps that use it.
 */
class ModularityTest {

    @Test
    void subPackagesAreModulesWithPrivateInternals() {
        ApplicationModules.of("dev.saferank.rating").verify();
    }

    @Test
    void dependsOnNeitherApp() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.saferank.platform..", "dev.saferank.batch..")
                .because("platform-api and batch-jobs use the rating module, not the other way round")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.saferank.rating"));
    }
}
