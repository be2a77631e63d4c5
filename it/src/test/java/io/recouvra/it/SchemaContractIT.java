package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.GraphQlClient;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.LineDiff;
import io.recouvra.it.support.RecouvraIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The schema the server publishes is the committed one: it changes only by a deliberate edit. */
@RecouvraIT
class SchemaContractIT {

  private static final Path SERVED_COPY = Path.of("target", "served-schema.graphql");

  @Test
  void servesExactlyTheCommittedSchema(GraphQlClient api) throws IOException {
    Path committedFile = Path.of(System.getProperty("recouvra.it.committed.schema")).normalize();
    assertThat(committedFile).as("the committed schema").isRegularFile();
    String committed = normalised(Files.readString(committedFile));

    GraphQlResponse served = api.get("graphql/schema.graphql", Identity.anonymous());

    assertThat(served.status()).as("GET /graphql/schema.graphql").isEqualTo(200);
    String diff =
        LineDiff.between(
            "graphql-schema/schema.graphql (committed)",
            committed,
            "/graphql/schema.graphql (served)",
            normalised(served.body()));
    if (!diff.isEmpty()) {
      Files.writeString(SERVED_COPY, served.body());
    }
    assertThat(diff)
        .withFailMessage(
            "The served schema differs from the committed one (the served text is in %s). If the"
                + " change is intended, edit graphql-schema/schema.graphql deliberately to match (a"
                + " removed or renamed type, field or argument, or a stricter type, needs an ADR);"
                + " otherwise fix the server.%n%s",
            SERVED_COPY.toAbsolutePath(), diff)
        .isEmpty();
  }

  private static String normalised(String schema) {
    return schema
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .lines()
        .map(String::stripTrailing)
        .collect(Collectors.joining("\n"))
        .strip();
  }
}
