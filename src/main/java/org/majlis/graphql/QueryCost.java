package org.majlis.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Estimates how many values an operation makes the service resolve: every field counts one, and the selection
 * under a list counts once per expected item: {@code first} items for the list of a paged field ({@link PageRequest}'s
 * default when {@code first} is not given), {@value #ASSUMED_LIST_SIZE} for any other list. Fragments are expanded
 * wherever they are spread. graphql-java's complexity limit does neither: it counts a list as one and a fragment
 * spread under several aliases once, so a few nested aliases over a fragment can make a short query resolve
 * exponentially many values. Introspection fields count one each: they are answered from memory.
 */
final class QueryCost {

    /** A guess for lists without {@code first}; the seeds' lists are shorter, so costs err on the high side. */
    static final int ASSUMED_LIST_SIZE = 10;

    private final GraphQLSchema schema;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Long> counted = new HashMap<>();
    private final Set<String> counting = new HashSet<>();

    private QueryCost(Document document, GraphQLSchema schema, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables == null ? Map.of() : variables;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
    }

    /** The cost of the costliest operation of the document. */
    static long of(Document document, GraphQLSchema schema, Map<String, Object> variables) {
        QueryCost cost = new QueryCost(document, schema, variables);
        long largest = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            GraphQLObjectType root = switch (operation.getOperation()) {
                case QUERY -> schema.getQueryType();
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
            };
            largest = Math.max(largest, cost.selections(operation.getSelectionSet(), root, 0));
        }
        return largest;
    }

    /**
     * @param parent the type whose fields are selected; null inside introspection, where every field counts one
     * @param pageSize the {@code first} of the enclosing paged field, for its lists; 0 when there is none
     */
    private long selections(SelectionSet set, GraphQLType parent, int pageSize) {
        long total = 0;
        if (set == null) {
            return total;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                total = plus(total, field(field, parent, pageSize));
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType type = inline.getTypeCondition() == null || parent == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                total = plus(total, selections(inline.getSelectionSet(), type, pageSize));
            } else if (selection instanceof FragmentSpread spread) {
                total = plus(total, fragment(spread.getName(), parent == null, pageSize));
            }
        }
        return total;
    }

    private long field(Field field, GraphQLType parent, int pageSize) {
        GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container && !field.getName().startsWith("__")
                ? container.getFieldDefinition(field.getName()) : null;
        if (definition == null) {
            // introspection, or a field that validation will refuse
            return plus(1, selections(field.getSelectionSet(), null, 0));
        }
        GraphQLType type = definition.getType();
        long items = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type))
                ? (pageSize > 0 ? pageSize : ASSUMED_LIST_SIZE) : 1;
        int childPageSize = definition.getArgument("first") == null ? 0 : first(field);
        return plus(1, times(items, selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(type), childPageSize)));
    }

    private long fragment(String name, boolean introspection, int pageSize) {
        FragmentDefinition definition = fragments.get(name);
        String key = name + "/" + introspection + "/" + pageSize;
        Long known = counted.get(key);
        if (known != null) {
            return known;
        }
        if (definition == null || !counting.add(key)) {
            return 0; // unknown or cyclic: validation refuses the document
        }
        GraphQLType type = introspection ? null : schema.getType(definition.getTypeCondition().getName());
        long total = selections(definition.getSelectionSet(), type, pageSize);
        counting.remove(key);
        counted.put(key, total);
        return total;
    }

    /** The page size asked for: a literal, a variable's value, or the API's default; at most the API's maximum. */
    private int first(Field field) {
        Object value = null;
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals("first")) {
                if (argument.getValue() instanceof IntValue literal) {
                    value = literal.getValue();
                } else if (argument.getValue() instanceof VariableReference variable) {
                    value = variables.get(variable.getName());
                }
            }
        }
        if (value instanceof Number number) {
            return (int) Math.max(0, Math.min(PageRequest.MAX_SIZE, number.longValue()));
        }
        return PageRequest.DEFAULT_SIZE;
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long times(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
