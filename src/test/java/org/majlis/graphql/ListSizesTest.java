package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.junit.QuarkusTest;

/** The cost estimate knows how long every list of the data is: a list nobody measures would be guessed. */
@QuarkusTest
class ListSizesTest {

    @Inject
    GraphQLSchema schema;

    @Inject
    ListSizes sizes;

    @Test
    void everyListOfObjectsAndEveryConnectionIsMeasuredAfterTheImport() {
        List<String> unmeasured = new ArrayList<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream().filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast).filter(t -> !t.getName().startsWith("__")).toList()) {
            if (type.getName().endsWith("Connection")) {
                continue; // edges and nodes are the page: sized by first
            }
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                boolean connection = field.getArgument("after") != null;
                boolean listOfObjects = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))
                        && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLCompositeType;
                boolean sizedByArguments = field.getArgument("ids") != null || field.getName().equals("search");
                String coordinate = type.getName() + "." + field.getName();
                if ((connection || listOfObjects) && !sizedByArguments && !sizes.isMeasured(coordinate)) {
                    unmeasured.add(coordinate);
                }
            }
        }
        assertEquals(List.of(), unmeasured);
    }
}
