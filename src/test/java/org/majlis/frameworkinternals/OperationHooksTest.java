package org.majlis.frameworkinternals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import graphql.execution.instrumentation.Instrumentation;

/**
 * OperationHooks answers every hook graphql-java calls for fields, objects and lists itself. A hook that a new
 * graphql-java adds, and that it does not override, would be asked of every instrumentation inside it again, at every
 * field: this fails then, naming the hook, to be sorted into one of the two sets.
 */
class OperationHooksTest {

    /** Hooks called once per operation: passed on to the instrumentations inside. */
    private static final Set<String> OPERATION = Set.of("createState", "createStateAsync", "beginExecution", "beginParse",
            "beginValidation", "beginExecuteOperation", "instrumentExecutionInput", "instrumentDocumentAndVariables",
            "instrumentSchema", "instrumentExecutionContext", "instrumentExecutionResult");

    @Test
    void everyHookOfFieldsIsAnsweredWithoutTheInstrumentationsInside() throws NoSuchMethodException {
        Set<String> notAnswered = new TreeSet<>();
        for (Method hook : Instrumentation.class.getMethods()) {
            if (!OPERATION.contains(hook.getName()) && !java.lang.reflect.Modifier.isStatic(hook.getModifiers())
                    && OperationHooks.class.getMethod(hook.getName(), hook.getParameterTypes()).getDeclaringClass() != OperationHooks.class) {
                notAnswered.add(hook.getName() + Arrays.toString(hook.getParameterTypes()));
            }
        }
        assertEquals(Set.of(), notAnswered);
    }
}
