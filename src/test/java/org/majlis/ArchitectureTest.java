package org.majlis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package graph of docs/architecture.md, held by the compiled code: no package reaches back to one that reaches
 * it, and each layer uses only the layers below it. A field is resolved in the package that owns its data, so a
 * resolver placed in the parent type's package (an actor's meetings in actor) shows up here as a cycle.
 */
@AnalyzeClasses(packages = "org.majlis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("org.majlis.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersUseOnlyTheLayersBelow = layeredArchitecture().consideringOnlyDependenciesInLayers()
            // A new package fails here until it is given its layer, so that no package escapes the rules.
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Application").definedBy("org.majlis.seed..", "org.majlis.health..", "org.majlis.http..",
                    "org.majlis.main..", "org.majlis.export..")
            .layer("Views").definedBy("org.majlis.search..", "org.majlis.timeline..")
            .layer("Claims").definedBy("org.majlis.meeting..", "org.majlis.presence..", "org.majlis.relationship..")
            .layer("Entities").definedBy("org.majlis.actor..", "org.majlis.organisation..", "org.majlis.place..",
                    "org.majlis.document..", "org.majlis.evidence..", "org.majlis.party..")
            .layer("Names").definedBy("org.majlis.label..")
            .layer("Plumbing").definedBy("org.majlis.graphql..", "org.majlis.frameworkinternals..", "org.majlis.date..",
                    "org.majlis.events..")
            .whereLayer("Application").mayNotBeAccessedByAnyLayer()
            .whereLayer("Views").mayOnlyBeAccessedByLayers("Application")
            .whereLayer("Claims").mayOnlyBeAccessedByLayers("Views", "Application")
            .whereLayer("Entities").mayOnlyBeAccessedByLayers("Claims", "Views", "Application")
            .whereLayer("Names").mayOnlyBeAccessedByLayers("Entities", "Claims", "Views", "Application");

    /**
     * What leans on the implementation of SmallRye GraphQL, Quarkus, Vert.x or graphql-java rather than on their APIs
     * lives in one package, each class naming what it relies on and the versions checked (docs/architecture.md).
     */
    @ArchTest
    static final ArchRule frameworkInternalsOnlyInTheirPackage = noClasses().that()
            .resideOutsideOfPackage("org.majlis.frameworkinternals..").should().dependOnClassesThat()
            .resideInAnyPackage("io.smallrye.graphql.execution..", "io.smallrye.graphql.bootstrap..",
                    "io.quarkus.smallrye.graphql.runtime..", "io.vertx.ext.web.impl..", "io.vertx.core.impl..",
                    "graphql.execution.instrumentation.dataloader..")
            .because("framework internals are gathered in org.majlis.frameworkinternals");
}
