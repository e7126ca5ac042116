package io.quarkiverse.engagevoice.mockserver;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package graph of the simulator has no cycle, the root package included: the composition root (the simulator,
 * its JUnit extension, its Quarkus test resource, the runner) builds on the internal packages and nothing depends
 * back on it. The public value types live in leaf packages that both use: {@code seed} (credentials and seeded ids)
 * and {@code wire} (recorded requests, faults). The model package ({@code Layout}, {@code Principal}) is a leaf too.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "io.quarkiverse.engagevoice.mockserver";
    static final String INTERNAL = ROOT + ".internal";

    /** Every package of the simulator is its own slice. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(ROOT) || name.startsWith(ROOT + ".") ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of the simulator";
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingDependsOnTheCompositionRoot = noClasses().that().resideOutsideOfPackage(ROOT)
            .should().dependOnClassesThat().resideInAPackage(ROOT);

    @ArchTest
    static final ArchRule theValueTypesAreLeaves = noClasses()
            .that().resideInAnyPackage(ROOT + ".seed..", ROOT + ".wire..")
            .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".seed..", ROOT + ".wire..", "java..");

    @ArchTest
    static final ArchRule theModelIsALeaf = noClasses().that().resideInAPackage(INTERNAL + ".model..")
            .should().dependOnClassesThat().resideOutsideOfPackages(INTERNAL + ".model..", "java..");
}
