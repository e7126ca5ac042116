package io.quarkiverse.engagevoice.client;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package graph of the client: no cycles between any two packages, and each layer used only by the layers above
 * it. From the top: the entry points ({@code client}), the runtime SPI, the request pipeline ({@code internal}), the
 * token lifecycle ({@code auth}), the typed errors, the HTTP helpers ({@code internal.http}), the interfaces and the
 * models.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "io.quarkiverse.engagevoice.client";

    /** Every package is its own slice, the root package included. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(ROOT) || name.startsWith(ROOT + ".") ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of the client";
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("entry points").definedBy(ROOT)
            .layer("spi").definedBy(ROOT + ".spi..")
            .layer("pipeline").definedBy(ROOT + ".internal")
            .layer("auth").definedBy(ROOT + ".auth..")
            .layer("errors").definedBy(ROOT + ".error..")
            .layer("http").definedBy(ROOT + ".internal.http..")
            .layer("interfaces").definedBy(ROOT + ".api..")
            .layer("models").definedBy(ROOT + ".model..")
            .whereLayer("entry points").mayNotBeAccessedByAnyLayer()
            .whereLayer("spi").mayOnlyBeAccessedByLayers("entry points")
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("entry points", "spi")
            .whereLayer("auth").mayOnlyBeAccessedByLayers("entry points", "spi", "pipeline")
            .whereLayer("errors").mayOnlyBeAccessedByLayers("entry points", "spi", "pipeline", "auth")
            .whereLayer("http").mayOnlyBeAccessedByLayers("entry points", "spi", "pipeline", "auth", "errors")
            .whereLayer("interfaces").mayOnlyBeAccessedByLayers("entry points", "spi", "pipeline", "auth", "errors")
            .whereLayer("models").mayOnlyBeAccessedByLayers("entry points", "spi", "pipeline", "auth", "errors",
                    "interfaces");
}
