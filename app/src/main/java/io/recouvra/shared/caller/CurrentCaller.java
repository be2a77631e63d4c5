package io.recouvra.shared.caller;

import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.GlobalId;
import io.recouvra.shared.id.InvalidIdException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The caller of the current request.
 *
 * <p>Until identity comes from verified tokens, the only identity source is a pair of demo headers
 * ({@code X-Demo-Roles}, {@code X-Demo-Creditor}), honoured only when {@code
 * recouvra.identity.demo-headers} is true, as the launcher's demo and the test suite set it. With
 * the setting off, which is the default, every request is anonymous and every operation refused.
 */
@RequestScoped
public class CurrentCaller {
  static final String ROLES_HEADER = "X-Demo-Roles";
  static final String CREDITOR_HEADER = "X-Demo-Creditor";

  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "recouvra.identity.demo-headers", defaultValue = "false")
  boolean demoHeaders;

  private Caller caller;

  /** The caller, resolved once per request. */
  public Caller get() {
    if (caller == null) {
      caller = demoHeaders ? fromDemoHeaders() : Caller.anonymous();
    }
    return caller;
  }

  private Caller fromDemoHeaders() {
    String roleNames = request.getHeader(ROLES_HEADER);
    if (roleNames == null || roleNames.isBlank()) {
      return Caller.anonymous();
    }
    Set<Role> roles =
        Arrays.stream(roleNames.split(","))
            .map(Role::fromTokenName)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    String subject = "demo:" + String.join("+", roles.stream().map(Role::tokenName).toList());
    return new Caller(subject, roles, tenantFromHeader(), Set.of());
  }

  private Optional<CreditorId> tenantFromHeader() {
    String value = request.getHeader(CREDITOR_HEADER);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      GlobalId id = GlobalId.decode(value.trim());
      return "Creditor".equals(id.type())
          ? Optional.of(new CreditorId(id.uuid()))
          : Optional.empty();
    } catch (InvalidIdException e) {
      return Optional.empty();
    }
  }
}
