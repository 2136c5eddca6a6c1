package dev.saferank.servers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * test-servers provisions real servers for the build and knows nothing of the apps it serves; Spring appears
 * only in its {@code spring} package (the test-context initializer), so that the Maven plugin uses the rest
 * without Spring.
 */
@AnalyzeClasses(packages = "dev.saferank.servers", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoApp = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.saferank.platform..", "dev.saferank.batch..", "dev.saferank.rating..")
            .because("the apps' tests use test-servers, not the other way round");

    @ArchTest
    static final ArchRule springOnlyInItsPackage = noClasses()
            .that()
            .resideOutsideOfPackage("dev.saferank.servers.spring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .because("the Maven plugin starts the servers without Spring");
}
