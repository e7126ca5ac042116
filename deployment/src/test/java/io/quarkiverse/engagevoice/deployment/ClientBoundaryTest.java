package io.quarkiverse.engagevoice.deployment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The extension reaches the client's internals only through {@code client.spi}: {@code client.internal} is no API. */
@AnalyzeClasses(packages = { "io.quarkiverse.engagevoice.runtime",
        "io.quarkiverse.engagevoice.deployment" }, importOptions = ImportOption.DoNotIncludeTests.class)
class ClientBoundaryTest {

    @ArchTest
    static final ArchRule noClientInternals = noClasses()
            .that().resideInAnyPackage("io.quarkiverse.engagevoice.runtime..", "io.quarkiverse.engagevoice.deployment..")
            .should().dependOnClassesThat().resideInAPackage("io.quarkiverse.engagevoice.client.internal..");
}
