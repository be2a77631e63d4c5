package io.recouvra.shared.files.internal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The files' HTTP endpoints under {@code /api/files}. The classes are listed so that this
 * application serves only them, whatever other REST applications the WAR holds.
 */
@ApplicationPath("/api/files")
public class FileEndpoints extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(FileResource.class);
  }
}
