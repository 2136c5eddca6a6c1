package dev.saferank.scheme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays pure: no Spring, no scripting engines, no reflection, no I/O outside loaders and the CLI. */
@AnalyzeClasses(packages = "dev.saferank.scheme", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .because("tenant-config is used by both apps and must stay framework-free");

    @ArchTest
    static final ArchRule noScriptingOrReflection = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javax.script..", "java.lang.reflect..", "java.lang.invoke..")
            .because("tenant formulas are evaluated by the safe expression grammar only");

    @ArchTest
    static final ArchRule scoringDoesNoIo = noClasses()
            .that()
            .resideInAPackage("dev.saferank.scheme")
            .and()
            .haveSimpleNameNotContaining("Loader")
            .and()
            .doNotHaveSimpleName("Tree")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio.file..")
            .because("scoring is a pure function of the scheme and the facts");

    @ArchTest
    static final ArchRule expressionsDependOnNothingOfTheScheme = noClasses()
            .that()
            .resideInAPackage("dev.saferank.scheme.expr..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.saferank.scheme", "dev.saferank.scheme.cli..", "tools.jackson..");
}
