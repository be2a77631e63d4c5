package io.recouvra.shared.caller;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Set;

/** Refuses an {@link Allowed} operation to an anonymous caller or one without a granted role. */
@Allowed
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AccessGuard {

  @Inject CurrentCaller currentCaller;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    Allowed allowed = invocation.getMethod().getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = invocation.getMethod().getDeclaringClass().getAnnotation(Allowed.class);
    }
    Caller caller = currentCaller.get();
    if (caller.isAnonymous()) {
      throw new NotAuthenticatedException();
    }
    if (allowed == null || !caller.hasAnyOf(Set.of(allowed.value()))) {
      throw new NotAllowedException();
    }
    return invocation.proceed();
  }
}
