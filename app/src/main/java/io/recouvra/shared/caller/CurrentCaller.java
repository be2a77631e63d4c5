package io.recouvra.shared.caller;

import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.id.InvalidIdException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, built from the bearer token that Liberty's MicroProfile JWT
 * has verified (signature, issuer, audience, expiry): subject {@code sub}, roles from {@code
 * groups}, tenant from the {@code creditor} claim, for debtors the records they claimed and for
 * compliance officers the creditors assigned to them. A request whose token fails verification
 * never reaches the application (401); a request without a token is anonymous, and every operation
 * but the schema and health is refused to it.
 */
@RequestScoped
public class CurrentCaller {
  static final String CREDITOR_CLAIM = "creditor";

  @Inject HttpServletRequest request;
  @Inject JsonWebToken token;
  @Inject Instance<ClaimedDebtors> claims;
  @Inject Instance<AssignedCreditors> assignments;

  private Caller caller;

  /** The caller, resolved once per request. */
  public Caller get() {
    if (caller == null) {
      caller = isVerified() ? fromToken() : Caller.anonymous();
    }
    return caller;
  }

  /**
   * Whether Liberty verified a token for this request. The token is read only then: without an
   * authenticated principal, Liberty logs an error for every use of the injected token.
   */
  private boolean isVerified() {
    return request.getUserPrincipal() != null
        && token.getRawToken() != null
        && token.getSubject() != null;
  }

  private Caller fromToken() {
    Collection<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
    Set<Role> roles =
        groups.stream()
            .map(Role::fromTokenName)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    String subject = token.getSubject();
    return new Caller(
        subject, roles, tenantFromToken(), claimedBy(subject, roles), assignedTo(subject, roles));
  }

  /** The {@code creditor} claim: a creditor's UUID, as a JSON string or a plain one. */
  private Optional<CreditorId> tenantFromToken() {
    Object claim = token.getClaim(CREDITOR_CLAIM);
    String text = claim instanceof JsonString json ? json.getString() : String.valueOf(claim);
    try {
      return claim == null ? Optional.empty() : Optional.of(CreditorId.of(text.strip()));
    } catch (InvalidIdException e) {
      return Optional.empty();
    }
  }

  /** The records a debtor claimed; nobody else reads through claims. */
  private Set<DebtorId> claimedBy(String subject, Set<Role> roles) {
    if (!roles.contains(Role.DEBTOR) || claims.isUnsatisfied()) {
      return Set.of();
    }
    return claims.get().claimedBy(subject);
  }

  /** The creditors assigned to a compliance officer; nobody else oversees through them. */
  private Set<CreditorId> assignedTo(String subject, Set<Role> roles) {
    if (!roles.contains(Role.COMPLIANCE_OFFICER) || assignments.isUnsatisfied()) {
      return Set.of();
    }
    return assignments.get().assignedTo(subject);
  }
}
