package io.quarkiverse.engagevoice.mockserver;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package graph of the simulator: the internal packages form no cycle, and they use the public package only for
 * its value types (faults, recorded requests, credentials, the seed), never the composition root that builds them.
 * The model package ({@code Layout}, {@code Principal}) is a leaf.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "io.quarkiverse.engagevoice.mockserver";
    static final String INTERNAL = ROOT + ".internal";

    /** Every internal package is its own slice. */
    private static final SliceAssignment INTERNAL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(INTERNAL) || name.startsWith(INTERNAL + ".") ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the internal packages of the simulator";
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(INTERNAL_PACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule internalsDoNotReachTheCompositionRoot = noClasses().that().resideInAPackage(INTERNAL + "..")
            .should().dependOnClassesThat().belongToAnyOf(EngageVoiceSimulator.class, SimulatorMain.class,
                    EngageVoiceSimulatorExtension.class, EngageVoiceSimulatorResource.class,
                    InjectEngageVoiceSimulator.class);

    @ArchTest
    static final ArchRule theModelIsALeaf = noClasses().that().resideInAPackage(INTERNAL + ".model..")
            .should().dependOnClassesThat().resideOutsideOfPackages(INTERNAL + ".model..", "java..");
}
