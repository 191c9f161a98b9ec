package org.majlis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.quarkus.runtime.annotations.RegisterForReflection;

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
                    "org.majlis.main..", "org.majlis.export..", "org.majlis.draft..")
            .layer("Views").definedBy("org.majlis.search..", "org.majlis.timeline..")
            .layer("Claims").definedBy("org.majlis.meeting..", "org.majlis.presence..", "org.majlis.relationship..")
            .layer("Entities").definedBy("org.majlis.actor..", "org.majlis.organisation..", "org.majlis.place..",
                    "org.majlis.document..", "org.majlis.evidence..", "org.majlis.party..")
            .layer("Names").definedBy("org.majlis.label..")
            .layer("Plumbing").definedBy("org.majlis.graphql..", "org.majlis.frameworkinternals..", "org.majlis.date..",
                    "org.majlis.events..", "org.majlis.store..", "org.majlis.auth..", "org.majlis.change..")
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
                    "io.quarkus.smallrye.graphql.runtime..", "io.quarkus.vertx.http.runtime..", "io.vertx.ext.web.impl..",
                    "io.vertx.core.impl..",
                    "graphql.execution.instrumentation.dataloader..")
            .because("framework internals are gathered in org.majlis.frameworkinternals");

    /**
     * Quarkus 3.33's GraphQL extension registers for reflection the classes of top-level operations only: a
     * {@code @GraphQLApi} class whose fields all hang off other types by {@code @Source} is missing from a native
     * image, and every query touching one of its fields fails there (docs/native.md).
     */
    @ArchTest
    static final ArchRule sourceOnlyGraphQLApisAreRegisteredForReflection = classes()
            .that().areAnnotatedWith(GraphQLApi.class).and(haveNoTopLevelOperation())
            .should().beAnnotatedWith(RegisterForReflection.class)
            .because("a native image would miss them otherwise");

    private static DescribedPredicate<JavaClass> haveNoTopLevelOperation() {
        return DescribedPredicate.describe("have no @Query or @Mutation", type -> type.getMethods().stream()
                .noneMatch(method -> method.isAnnotatedWith(Query.class) || method.isAnnotatedWith(Mutation.class)));
    }

    /**
     * GraphQL types inherit their properties from the abstract {@code Connection} and {@code Edge}; a native image
     * lets reflection find a member only on the class that declares it, and Quarkus registers the GraphQL types, not
     * their superclasses (docs/native.md).
     */
    @ArchTest
    static final ArchRule abstractClassesAreRegisteredForReflection = classes().that().haveModifier(JavaModifier.ABSTRACT)
            .and().areNotInterfaces().should().beAnnotatedWith(RegisterForReflection.class)
            .because("the GraphQL types that extend them are read by reflection");

    /**
     * An input class's field of primitive boolean bound on the JVM and was refused on the native binary ("not a valid
     * AddRoleInput", the packaged-app tests on the binary): inputs say Boolean, which the schema still marks Boolean!
     * where @NonNull (docs/native.md).
     */
    @ArchTest
    static final ArchRule inputsHaveNoPrimitiveBooleans = noFields().that().areDeclaredInClassesThat()
            .areAnnotatedWith(Input.class).should().haveRawType(boolean.class)
            .because("the native binary does not bind a GraphQL input's primitive boolean");
}
