package io.recouvra.shared.graphql;

import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Problem;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A business refusal of a mutation, as data in its payload. */
@Type("UserError")
@Description("Why a mutation refused its input. A refused mutation changed nothing.")
public class UserError {
  private final List<String> field;
  private final ErrorCode code;
  private final String message;

  UserError(List<String> field, ErrorCode code, String message) {
    this.field = field;
    this.code = code;
    this.message = message;
  }

  /** The errors of a refused command, with field paths starting at the mutation's argument. */
  public static List<UserError> of(List<Problem> problems) {
    return problems.stream().map(UserError::of).toList();
  }

  static UserError of(Problem problem) {
    List<String> path = new ArrayList<>();
    path.add("input");
    path.addAll(problem.field());
    return new UserError(List.copyOf(path), problem.code(), problem.message());
  }

  @NonNull
  @Description(
      "Path of the offending input field, from the mutation's argument, e.g. [input, dueOn].")
  public List<@NonNull String> getField() {
    return field;
  }

  @NonNull
  @Description("Stable, machine-readable code; match on this, never on the message.")
  public ErrorCode getCode() {
    return code;
  }

  @NonNull
  @Description("What is wrong, in English, for the developer of the client.")
  public String getMessage() {
    return message;
  }
}
