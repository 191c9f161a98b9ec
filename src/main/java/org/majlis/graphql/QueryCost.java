package org.majlis.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Estimates how many values an operation makes the service resolve: every field counts one, and the selection
 * under a list counts once per item the list typically holds in the imported data ({@link ListSizes}): for a
 * connection, its {@code first} or the list's typical length, whichever is smaller; for {@code nodes(ids:)}, the
 * ids given. Fragments are expanded wherever they are spread. graphql-java's complexity limit does neither: it counts
 * a list as one and a fragment spread under several aliases once, so a few nested aliases over a fragment can make
 * a short query resolve exponentially many values. Introspection fields count one each: they are answered from
 * memory.
 */
final class QueryCost {

    /**
     * How deep the path to the costliest part is followed: deeper than any real query, and a bound for a document
     * whose fragments spread each other in a circle, which validation refuses only after this runs.
     */
    private static final int MAX_PATH = 32;

    /** Under a field that is not a connection: its lists are sized by the data, not by a page. */
    private static final int NO_PAGE = -1;

    private final GraphQLSchema schema;
    private final ListSizes sizes;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Long> counted = new HashMap<>();
    private final Set<String> counting = new HashSet<>();

    private QueryCost(Document document, GraphQLSchema schema, ListSizes sizes, Map<String, Object> variables) {
        this.schema = schema;
        this.sizes = sizes;
        this.variables = variables == null ? Map.of() : variables;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
    }

    /** The estimated cost of the costliest operation of a document. */
    static long of(Document document, GraphQLSchema schema, ListSizes sizes, Map<String, Object> variables) {
        QueryCost cost = new QueryCost(document, schema, sizes, variables);
        long largest = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            largest = Math.max(largest, cost.selections(operation.getSelectionSet(), root(schema, operation), NO_PAGE));
        }
        return largest;
    }

    /** Where most of the cost of the costliest operation lies, as a path of fields: for the message of a refusal. */
    static String costliestPath(Document document, GraphQLSchema schema, ListSizes sizes, Map<String, Object> variables) {
        QueryCost cost = new QueryCost(document, schema, sizes, variables);
        OperationDefinition costliest = null;
        long largest = -1;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            long total = cost.selections(operation.getSelectionSet(), root(schema, operation), NO_PAGE);
            if (total > largest) {
                costliest = operation;
                largest = total;
            }
        }
        return costliest == null ? "" : cost.costliest(costliest.getSelectionSet(), root(schema, costliest));
    }

    private static GraphQLObjectType root(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    }

    /**
     * @param parent the type whose fields are selected; null inside introspection, where every field counts one
     * @param pageSize the items of the enclosing connection's page, for its lists; {@link #NO_PAGE} outside one
     */
    private long selections(SelectionSet set, GraphQLType parent, int pageSize) {
        long total = 0;
        for (Selection<?> selection : fieldsAndFragments(set)) {
            if (selection instanceof Field field) {
                total = plus(total, field(field, parent, pageSize));
            } else if (selection instanceof InlineFragment inline) {
                total = plus(total, selections(inline.getSelectionSet(), fragmentType(inline, parent), pageSize));
            } else if (selection instanceof FragmentSpread spread) {
                total = plus(total, fragment(spread.getName(), parent == null, pageSize));
            }
        }
        return total;
    }

    private long field(Field field, GraphQLType parent, int pageSize) {
        GraphQLFieldDefinition definition = definition(field, parent);
        if (definition == null) {
            // introspection, or a field that validation will refuse
            return plus(1, selections(field.getSelectionSet(), null, NO_PAGE));
        }
        GraphQLType type = definition.getType();
        long items = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type)) ? items(field, definition, parent, pageSize) : 1;
        int childPageSize = definition.getArgument("after") == null ? NO_PAGE
                : Math.min(first(field), typical(parent, field));
        return plus(1, times(items, selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(type), childPageSize)));
    }

    /** How many items a list field is expected to hold. */
    private long items(Field field, GraphQLFieldDefinition definition, GraphQLType parent, int pageSize) {
        if (pageSize != NO_PAGE) {
            return pageSize; // a connection's edges or nodes
        }
        if (definition.getArgument("ids") != null) {
            return ids(field);
        }
        int typical = typical(parent, field);
        return definition.getArgument("first") == null ? typical : Math.min(typical, first(field));
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

    /**
     * The path to the field where most of the cost lies: from the root, into the costliest field of each selection
     * while that field holds at least half of the cost of its selection.
     */
    private String costliest(SelectionSet set, GraphQLObjectType root) {
        List<String> path = new ArrayList<>();
        GraphQLType parent = root;
        int pageSize = NO_PAGE;
        while (set != null && path.size() < MAX_PATH) {
            long level = selections(set, parent, pageSize);
            Selected costliest = null;
            long most = 0;
            for (Selected selected : fields(set, parent, new HashSet<>())) {
                long cost = field(selected.field(), selected.on(), pageSize);
                if (cost > most) {
                    costliest = selected;
                    most = cost;
                }
            }
            if (costliest == null || most <= 1 || most * 2 < level) {
                break;
            }
            path.add(costliest.field().getResultKey());
            parent = costliest.on();
            GraphQLFieldDefinition definition = definition(costliest.field(), parent);
            if (definition == null) {
                break;
            }
            pageSize = definition.getArgument("after") == null ? NO_PAGE
                    : Math.min(first(costliest.field()), typical(parent, costliest.field()));
            parent = GraphQLTypeUtil.unwrapAll(definition.getType());
            set = costliest.field().getSelectionSet();
        }
        return String.join(".", path);
    }

    /** A field selected on a type: the parent type, or the type condition of the fragment it is written in. */
    private record Selected(Field field, GraphQLType on) {
    }

    /** The fields a selection set selects, through its fragments. */
    private List<Selected> fields(SelectionSet set, GraphQLType parent, Set<String> spread) {
        List<Selected> found = new ArrayList<>();
        for (Selection<?> selection : fieldsAndFragments(set)) {
            if (selection instanceof Field field) {
                found.add(new Selected(field, parent));
            } else if (selection instanceof InlineFragment inline) {
                found.addAll(fields(inline.getSelectionSet(), fragmentType(inline, parent), spread));
            } else if (selection instanceof FragmentSpread fragment && spread.add(fragment.getName())
                    && fragments.containsKey(fragment.getName())) {
                FragmentDefinition definition = fragments.get(fragment.getName());
                found.addAll(fields(definition.getSelectionSet(), schema.getType(definition.getTypeCondition().getName()), spread));
            }
        }
        return found;
    }

    private static List<Selection> fieldsAndFragments(SelectionSet set) {
        return set == null ? List.of() : set.getSelections();
    }

    private GraphQLType fragmentType(InlineFragment inline, GraphQLType parent) {
        return inline.getTypeCondition() == null || parent == null ? parent : schema.getType(inline.getTypeCondition().getName());
    }

    private static GraphQLFieldDefinition definition(Field field, GraphQLType parent) {
        return parent instanceof GraphQLFieldsContainer container && !field.getName().startsWith("__")
                ? container.getFieldDefinition(field.getName()) : null;
    }

    /**
     * The typical length of a list field. Selected on an interface ({@code ... on Named { names }}), no one measures
     * it as such: it is as long as the longest of its implementations' lists, not a whole page.
     */
    private int typical(GraphQLType parent, Field field) {
        if (parent instanceof GraphQLInterfaceType named) {
            return schema.getImplementations(named).stream()
                    .mapToInt(type -> sizes.of(type.getName() + "." + field.getName())).max().orElse(PageRequest.MAX_SIZE);
        }
        return sizes.of(coordinate(parent, field));
    }

    private static String coordinate(GraphQLType parent, Field field) {
        return ((GraphQLNamedType) parent).getName() + "." + field.getName();
    }

    /** The page size asked for: a literal, a variable's value, or the API's default; at most the API's maximum. */
    private int first(Field field) {
        Object value = argument(field, "first");
        if (value instanceof IntValue literal) {
            value = literal.getValue();
        }
        if (value instanceof Number number) {
            return (int) Math.max(0, Math.min(PageRequest.MAX_SIZE, number.longValue()));
        }
        return PageRequest.DEFAULT_SIZE;
    }

    /** The number of ids asked for, which the API bounds by {@link PageRequest#MAX_SIZE}. */
    private int ids(Field field) {
        Object value = argument(field, "ids");
        int count = value instanceof ArrayValue literal ? literal.getValues().size()
                : value instanceof List<?> list ? list.size() : 1;
        return Math.min(count, PageRequest.MAX_SIZE);
    }

    /** The argument's literal, or the value of the variable it names; null when not given. */
    private Object argument(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(name)) {
                Value<?> value = argument.getValue();
                return value instanceof VariableReference variable ? variables.get(variable.getName()) : value;
            }
        }
        return null;
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long times(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
