package io.recouvra.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the suite server before the first test class that needs it and stops it when the whole run
 * ends (the server lives in the root context's store, which closes it last). Hands test methods a
 * {@link GraphQlClient} or the {@link SuiteServer}.
 */
public final class SuiteServerExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SuiteServerExtension.class);

  /**
   * The started server of this run, started on first use after the suite's Keycloak, whose tokens
   * every identity but the anonymous one calls with.
   */
  static SuiteServer server(ExtensionContext context) {
    SuiteIdentities.install(new Tokens(KeycloakExtension.keycloak(context)));
    SuiteServer server =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                SuiteServer.class, key -> SuiteServer.fromSystemProperties(), SuiteServer.class);
    server.ensureStarted();
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == GraphQlClient.class || type == SuiteServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SuiteServer server = server(context);
    return parameter.getParameter().getType() == SuiteServer.class
        ? server
        : new GraphQlClient(server.baseUri());
  }
}
