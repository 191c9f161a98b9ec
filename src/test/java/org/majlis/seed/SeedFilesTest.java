package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;

import org.junit.jupiter.api.Test;

/** The classes and constraints that check's validator is told in advance are those of the format. */
class SeedFilesTest {

    @Test
    void everyRecordOfTheFormatIsListed() {
        Set<Class<?>> declared = Arrays.stream(SeedFiles.class.getDeclaredClasses()).filter(Class::isRecord)
                .collect(Collectors.toSet());
        assertEquals(declared, SeedFiles.RECORDS);
    }

    @Test
    void everyConstraintTheRecordsUseIsListed() {
        Set<String> used = new HashSet<>();
        for (Class<?> type : SeedFiles.RECORDS) {
            for (RecordComponent component : type.getRecordComponents()) {
                collectConstraints(component.getAnnotatedType(), used);
                Arrays.stream(component.getAnnotations()).forEach(a -> addIfConstraint(a, used));
            }
        }
        assertEquals(used, SeedFiles.CONSTRAINTS);
    }

    /** On the type and on its type arguments: {@code List<@NotNull @Valid ActorSeed>}. */
    private static void collectConstraints(AnnotatedType type, Set<String> used) {
        Arrays.stream(type.getAnnotations()).forEach(a -> addIfConstraint(a, used));
        if (type instanceof AnnotatedParameterizedType parameterized) {
            Arrays.stream(parameterized.getAnnotatedActualTypeArguments()).forEach(argument -> collectConstraints(argument, used));
        }
    }

    private static void addIfConstraint(Annotation annotation, Set<String> used) {
        if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
            used.add(annotation.annotationType().getName());
        }
    }
}
