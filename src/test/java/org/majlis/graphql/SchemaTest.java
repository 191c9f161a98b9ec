package org.majlis.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.AbstractDescribedNode;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NamedNode;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;

import io.quarkus.test.junit.QuarkusTest;

/** The committed SDL is the contract frontends generate types from: it must be what the service serves. */
@QuarkusTest
class SchemaTest {

    static final Path COMMITTED = Path.of("graphql/schema.graphql");

    @Test
    void servedSchemaIsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Path actual = Path.of("target/schema.graphql");
        Files.writeString(actual, served, StandardCharsets.UTF_8);
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "the served schema differs from graphql/schema.graphql; if the change is meant, "
                + "review it and run: cp target/schema.graphql graphql/schema.graphql");
    }

    /** Leaving out SmallRye's unused @constraint directive keeps the directives every client relies on. */
    @Test
    void theStandardDirectivesAreServedAndNoUnusedScalar() {
        GraphQL.post("{ __schema { directives { name } types { name } } }")
                .body("data.__schema.directives.name", hasItems("include", "skip", "deprecated", "specifiedBy"))
                .body("data.__schema.directives.name", not(hasItem("constraint")))
                .body("data.__schema.types.name", not(hasItems("BigDecimal")))
                .body("data.__schema.types.name", not(hasItems("BigInteger")));
    }

    /** Frontend developers read the schema in GraphiQL: every type, field, argument and enum value says what it is. */
    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Document schema = Parser.parse(served);
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : schema.getDefinitionsOfType(TypeDefinition.class)) {
            check(type, type.getName(), undescribed);
            List<FieldDefinition> fields = type instanceof ObjectTypeDefinition o ? o.getFieldDefinitions()
                    : type instanceof InterfaceTypeDefinition i ? i.getFieldDefinitions() : List.of();
            for (FieldDefinition field : fields) {
                check(field, type.getName() + "." + field.getName(), undescribed);
                field.getInputValueDefinitions().forEach(a -> check(a, type.getName() + "." + field.getName() + "(" + a.getName() + ")",
                        undescribed));
            }
            if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(f -> check(f, type.getName() + "." + f.getName(), undescribed));
            }
            if (type instanceof EnumTypeDefinition e) {
                e.getEnumValueDefinitions().forEach(v -> check(v, type.getName() + "." + v.getName(), undescribed));
            }
        }
        assertEquals(List.of(), undescribed);
    }

    private static void check(NamedNode<?> node, String name, List<String> undescribed) {
        if (node instanceof AbstractDescribedNode<?> described
                && (described.getDescription() == null || described.getDescription().getContent().isBlank())) {
            undescribed.add(name);
        }
    }
}
