package org.majlis.frameworkinternals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Reads plain properties (a name, a kind, a number, a list of nodes) without SmallRye's per-field request context.
 * SmallRye's own field fetcher clones its context and builds two JSON arrays of the selected fields for every
 * property of every object returned, which nothing here reads (JFR, docs/benchmarks.md). A property is plain when SmallRye would not transform or adapt it and graphql-java
 * serialises its type itself; it is read through the same public member SmallRye would read. Other properties
 * keep SmallRye's fetcher. Listed in META-INF/services; SmallRye builds the schema at static init, so in a native
 * image the lookup runs at build time.
 * <p>
 * Relies on SmallRye GraphQL's {@link DataFetcherService} SPI choosing this service's field fetcher over Quarkus's
 * (which gives none for fields) by the order of priorities, on SmallRye's schema model ({@link Field},
 * {@link Reference}) and on graphql-java treating a {@link TrivialDataFetcher} as a plain read. Checked with SmallRye
 * GraphQL 2.17.0 and graphql-java 24.3 (Quarkus 3.33.2).
 */
public class PlainFieldFetchers implements DataFetcherService {

    /** Properties read here: proof that SmallRye uses these fetchers. */
    static final LongAdder READS = new LongAdder();

    /** Scalars graphql-java serialises from these Java types as they are, with no SmallRye transformation. */
    private static final Set<String> PLAIN_SCALARS = Set.of("java.lang.String", "boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "double", "java.lang.Double", "float", "java.lang.Float");

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    public PlugableDataFetcher<Object> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return isPlain(field) ? new PlainFieldFetcher(owner.getClassName(), field.getMethodName(), field.getPropertyName()) : null;
    }

    static boolean isPlain(Field field) {
        if (field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()) {
            return false;
        }
        for (Wrapper wrapper = field.getWrapper(); wrapper != null; wrapper = wrapper.getWrapper()) {
            if (!wrapper.isCollection() && !wrapper.isArray()) {
                return false;
            }
        }
        Reference reference = field.getReference();
        if (reference.isAdaptingTo() || reference.isAdaptingWith()) {
            return false;
        }
        return reference.getType() == ReferenceType.SCALAR ? PLAIN_SCALARS.contains(reference.getClassName())
                : reference.getType() != ReferenceType.INPUT;
    }

    /** The member is looked up on first use, as SmallRye does, so that nothing reflective runs while building. */
    static final class PlainFieldFetcher implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final String className;
        private final String methodName;
        private final String propertyName;
        private volatile Member member;

        PlainFieldFetcher(String className, String methodName, String propertyName) {
            this.className = className;
            this.methodName = methodName;
            this.propertyName = propertyName;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            READS.increment();
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            Member read = member();
            try {
                return read instanceof Method method ? method.invoke(source) : ((java.lang.reflect.Field) read).get(source);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }

        private Member member() throws ReflectiveOperationException {
            Member found = member;
            if (found == null) {
                Class<?> owner = ClassloadingService.get().loadClass(className);
                found = methodName == null ? owner.getField(propertyName) : owner.getMethod(methodName);
                member = found;
            }
            return found;
        }
    }
}
