package io.recouvra.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the suite's Keycloak when a test first asks for {@link Tokens} or the {@link
 * KeycloakServer} (so a run without such tests never waits for it) and stops it when the whole run
 * ends: like the suite server, it lives in the root context's store, which closes it last.
 */
public final class KeycloakExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KeycloakExtension.class);

  /** The started Keycloak of this run, started on first use. */
  static KeycloakServer keycloak(ExtensionContext context) {
    KeycloakServer keycloak =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                KeycloakServer.class,
                key -> KeycloakServer.fromSystemProperties(),
                KeycloakServer.class);
    keycloak.ensureStarted();
    return keycloak;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Tokens.class || type == KeycloakServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    KeycloakServer keycloak = keycloak(context);
    return parameter.getParameter().getType() == Tokens.class ? new Tokens(keycloak) : keycloak;
  }
}
