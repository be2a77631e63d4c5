package io.recouvra.shared.files.internal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The files' HTTP endpoints under {@code /api/files}. The classes are listed so that this
 * application serves only them, whatever other REST applications the WAR holds.
 *
 * <p>Its {@link LoginConfig} makes MicroProfile JWT the authentication of the whole web module, the
 * GraphQL endpoint included: a request with a bearer token that fails verification is refused with
 * 401 before any application code runs.
 */
@ApplicationPath("/api/files")
@LoginConfig(authMethod = "MP-JWT")
public class FileEndpoints extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(FileResource.class);
  }
}
