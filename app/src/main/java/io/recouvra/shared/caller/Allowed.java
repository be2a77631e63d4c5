package io.recouvra.shared.caller;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an API operation. Every GraphQL operation carries it (an architecture
 * test checks), so access is denied unless granted here.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
  /** The roles granted; a caller needs one of them. */
  @Nonbinding
  Role[] value() default {};
}
