package io.recouvra.shared.graphql;

import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.Role;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The signed-in person; modules add what they hold for them as fields of this type. */
@Type("Viewer")
@Description("The signed-in person or client app, and what it may see.")
public class Viewer {
  private final Caller caller;

  Viewer(Caller caller) {
    this.caller = caller;
  }

  /** The caller behind this viewer, for the modules' fields. */
  @Ignore
  public Caller caller() {
    return caller;
  }

  @NonNull
  @Description("The account's stable id.")
  public String getSubject() {
    return caller.subject();
  }

  @NonNull
  @Description("The account's roles, as named in tokens, e.g. credit-controller.")
  public List<@NonNull String> getRoles() {
    return caller.roles().stream().map(Role::tokenName).sorted().toList();
  }
}
