package org.majlis.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Directive;
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
import graphql.language.VariableDefinition;
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
 * memory. The same walk gives the operation's depth, in levels of fields.
 * <p>
 * Arguments are read as the engine runs them: a variable's value, or its default when it was not sent (the engine's
 * coerced variables already hold the defaults; before validation they are applied here from the operation's
 * definitions), and a selection that {@code @skip} or {@code @include} leaves out counts nothing.
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
    private final OperationDefinition operation;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Long> counted = new HashMap<>();
    private final Set<String> counting = new HashSet<>();
    private final Map<String, Integer> fragmentDepths = new HashMap<>();

    private QueryCost(Document document, OperationDefinition operation, GraphQLSchema schema, ListSizes sizes,
            Map<String, Object> variables) {
        this.schema = schema;
        this.sizes = sizes;
        this.operation = operation;
        this.variables = withDefaults(operation, variables == null ? Map.of() : variables);
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
    }

    /**
     * The estimate of one operation of a document.
     *
     * @param variables the engine's coerced variables, or the variables as sent (before validation, when they
     *        cannot be coerced yet): a variable not among them takes its default
     */
    static QueryCost of(Document document, OperationDefinition operation, GraphQLSchema schema, ListSizes sizes,
            Map<String, Object> variables) {
        return new QueryCost(document, operation, schema, sizes, variables);
    }

    /** The estimate of the costliest operation of a document, before it is known which one runs. */
    static QueryCost costliest(Document document, GraphQLSchema schema, ListSizes sizes, Map<String, Object> variables) {
        QueryCost costliest = null;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            QueryCost cost = of(document, operation, schema, sizes, variables);
            if (costliest == null || cost.total() > costliest.total()) {
                costliest = cost;
            }
        }
        return costliest;
    }

    /** A variable not sent takes its default, as the engine's coercion gives it; one sent as null stays null. */
    private static Map<String, Object> withDefaults(OperationDefinition operation, Map<String, Object> variables) {
        Map<String, Object> all = null;
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            if (definition.getDefaultValue() != null && !variables.containsKey(definition.getName())) {
                if (all == null) {
                    all = new HashMap<>(variables);
                }
                all.put(definition.getName(), definition.getDefaultValue());
            }
        }
        return all == null ? variables : all;
    }

    private Long total;

    /** The values the operation is expected to resolve. */
    long total() {
        if (total == null) {
            total = selections(operation.getSelectionSet(), root(schema, operation), NO_PAGE);
        }
        return total;
    }

    /** Where most of the cost lies, as a path of fields: for the message of a refusal. */
    String costliestPath() {
        return costliest(operation.getSelectionSet(), root(schema, operation));
    }

    /** Levels of fields, the root's fields being the first, through fragments, leaving out what the directives skip. */
    int depth() {
        return depth(operation.getSelectionSet());
    }

    private int depth(SelectionSet set) {
        int deepest = 0;
        for (Selection<?> selection : included(set)) {
            if (selection instanceof Field field) {
                deepest = Math.max(deepest, 1 + depth(field.getSelectionSet()));
            } else if (selection instanceof InlineFragment inline) {
                deepest = Math.max(deepest, depth(inline.getSelectionSet()));
            } else if (selection instanceof FragmentSpread spread) {
                deepest = Math.max(deepest, fragmentDepth(spread.getName()));
            }
        }
        return deepest;
    }

    private int fragmentDepth(String name) {
        Integer known = fragmentDepths.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null || !counting.add("depth/" + name)) {
            return 0; // unknown or cyclic: validation refuses the document
        }
        int depth = depth(definition.getSelectionSet());
        counting.remove("depth/" + name);
        fragmentDepths.put(name, depth);
        return depth;
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
        for (Selection<?> selection : included(set)) {
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
        for (Selection<?> selection : included(set)) {
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

    /** The selections of a set that its {@code @skip} and {@code @include} keep. */
    private List<Selection<?>> included(SelectionSet set) {
        if (set == null) {
            return List.of();
        }
        List<Selection<?>> kept = new ArrayList<>(set.getSelections().size());
        for (Selection<?> selection : set.getSelections()) {
            List<Directive> directives = selection instanceof Field field ? field.getDirectives()
                    : selection instanceof InlineFragment inline ? inline.getDirectives()
                    : ((FragmentSpread) selection).getDirectives();
            if (directives.isEmpty() || kept(directives)) {
                kept.add(selection);
            }
        }
        return kept;
    }

    private boolean kept(List<Directive> directives) {
        for (Directive directive : directives) {
            if (directive.getName().equals("skip") && condition(directive) == Boolean.TRUE
                    || directive.getName().equals("include") && condition(directive) == Boolean.FALSE) {
                return false;
            }
        }
        return true;
    }

    /** The {@code if} of a skip or include: a literal or a variable's value; null when neither is a boolean. */
    private Boolean condition(Directive directive) {
        Argument condition = directive.getArgument("if");
        Object value = condition == null ? null : value(condition.getValue());
        return value instanceof BooleanValue literal ? literal.isValue() : value instanceof Boolean given ? given : null;
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
                return value(argument.getValue());
            }
        }
        return null;
    }

    /** A literal, or the value of the variable it names (a default is a literal too). */
    private Object value(Value<?> value) {
        return value instanceof VariableReference variable ? variables.get(variable.getName()) : value;
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long times(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
