package nl.passend.domain.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Stijl: the one Immutables style of Passend. Abstract value types are named {@code AbstractX} or
 * {@code X} with an {@code ImmutableX} implementation; builders are strict (each attribute set once)
 * and Guava's immutable collections are used at every boundary.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    jdkOnly = false,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface PassendStyle {}
