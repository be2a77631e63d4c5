package io.recouvra.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a source folder, in a stable order; a missing folder holds no file. */
final class SourceTree {

  private SourceTree() {}

  static List<Path> files(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JavaSource> javaSources(Path root) {
    return files(root).stream()
        .filter(path -> path.toString().endsWith(".java"))
        .map(JavaSource::read)
        .toList();
  }
}
