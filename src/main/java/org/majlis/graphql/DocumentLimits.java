package org.majlis.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;

/**
 * Refuses documents with too many aliases, fields or directives, before graphql-java validates them: validating
 * many copies of one field costs time that grows with the square of their number, so the written document is
 * counted first, each fragment once. Then the cost of each operation is estimated by {@link QueryCost}, which
 * multiplies by list sizes and expands every fragment spread: before validation, since a fragment bomb is costly to
 * validate too, and again before every execution, on the operation that runs and the engine's coerced variables
 * (their defaults applied), since a document that passed validation is cached by SmallRye and may come back with
 * variables that ask for far larger pages. The same walk gives the operation's depth, refused past
 * {@link GraphQLLimits#maxDepth()}. The estimate follows the usual list lengths of the data; {@link ExecutionBudget}
 * stops what really resolves more. The error is an {@link AbortExecutionException}, which {@link ErrorCodes}
 * answers with LIMIT_EXCEEDED.
 */
public class DocumentLimits extends SimplePerformantInstrumentation {

    /** Documents validated: SmallRye's document cache spares a document sent again (DocumentCacheTest). */
    static final LongAdder VALIDATED = new LongAdder();

    private final GraphQLLimits limits;
    private final Supplier<ListSizes> sizes;

    /** @param sizes looked up when the first operation comes: the engine is built before CDI is up */
    public DocumentLimits(GraphQLLimits limits, Supplier<ListSizes> sizes) {
        this.limits = limits;
        this.sizes = sizes;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        VALIDATED.increment();
        Count count = new Count();
        count.document(parameters.getDocument());
        check("aliases", count.aliases, limits.maxAliases());
        // The fields are what graphql-java's complexity limit counted; the word stays in the message.
        check("fields (its complexity)", count.fields, limits.maxFields());
        check("directives", count.directives, limits.maxDirectives());
        QueryCost costliest = QueryCost.costliest(parameters.getDocument(), parameters.getSchema(), sizes.get(),
                parameters.getExecutionInput().getVariables());
        if (costliest != null) {
            checkCost(costliest);
        }
        return super.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        QueryCost cost = QueryCost.of(execution.getDocument(), execution.getOperationDefinition(), execution.getGraphQLSchema(),
                sizes.get(), execution.getCoercedVariables().toMap());
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            check("mutations", mutations(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName()),
                    limits.maxMutations());
        }
        int depth = cost.depth();
        if (depth > limits.maxDepth()) {
            throw new AbortExecutionException("the operation is " + depth + " levels deep, more than the depth limit of "
                    + limits.maxDepth() + ": ask for fewer levels");
        }
        checkCost(cost);
        return super.beginExecuteOperation(parameters, state);
    }

    private void checkCost(QueryCost cost) {
        long total = cost.total();
        if (total > limits.maxCost()) {
            String path = cost.costliestPath();
            String where = path.isEmpty() ? "" : "; most of it under " + path;
            throw new AbortExecutionException("the operation's estimated cost is " + count(total)
                    + " values, more than the limit of " + limits.maxCost() + where
                    + ": ask for fewer items or fewer levels");
        }
    }

    /** The mutation fields the operation runs: its top-level fields, through fragments. */
    private static int mutations(SelectionSet set, Map<String, FragmentDefinition> fragments) {
        int count = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field) {
                count++;
            } else if (selection instanceof InlineFragment inline) {
                count += mutations(inline.getSelectionSet(), fragments);
            } else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
                count += mutations(fragments.get(spread.getName()).getSelectionSet(), fragments);
            }
        }
        return count;
    }

    private static String count(long values) {
        return values == Long.MAX_VALUE ? "unbounded" : Long.toString(values);
    }

    private static void check(String what, int found, int limit) {
        if (found > limit) {
            throw new AbortExecutionException("the document has " + found + " " + what + ", more than the limit of "
                    + limit + ": ask for less in one request");
        }
    }

    /** Counts what a document writes; recursion follows selection sets, whose depth the parser already bounds. */
    private static final class Count {
        int aliases;
        int fields;
        int directives;

        void document(Document document) {
            for (Definition<?> definition : document.getDefinitions()) {
                if (definition instanceof OperationDefinition operation) {
                    directives(operation.getDirectives());
                    operation.getVariableDefinitions().forEach(v -> directives(v.getDirectives()));
                    selections(operation.getSelectionSet());
                } else if (definition instanceof FragmentDefinition fragment) {
                    directives(fragment.getDirectives());
                    selections(fragment.getSelectionSet());
                }
            }
        }

        private void selections(SelectionSet set) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    fields++;
                    if (field.getAlias() != null) {
                        aliases++;
                    }
                    directives(field.getDirectives());
                    selections(field.getSelectionSet());
                } else if (selection instanceof InlineFragment fragment) {
                    directives(fragment.getDirectives());
                    selections(fragment.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    directives(spread.getDirectives());
                }
            }
        }

        private void directives(List<Directive> found) {
            directives += found.size();
        }
    }
}
