package io.recouvra.shared.caller;

import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.id.GlobalId;
import io.recouvra.shared.id.InvalidIdException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, built from the bearer token that Liberty's MicroProfile JWT
 * has verified (signature, issuer, audience, expiry): subject {@code sub}, roles from {@code
 * groups}, tenant from the {@code creditor} claim, and for debtors the records they claimed. A
 * request whose token fails verification never reaches the application (401).
 *
 * <p>Demo headers ({@code X-Demo-Roles}, {@code X-Demo-Creditor}, {@code X-Demo-Subject}) are a
 * stand-in kept for the integration tests written before tokens: honoured only when {@code
 * recouvra.identity.demo-headers} is true AND the request carries no {@code Authorization} header.
 * They disappear, with the setting, once those tests call with tokens. Without a verified token or
 * the demo headers the caller is anonymous and every operation refused.
 */
@RequestScoped
public class CurrentCaller {
  static final String ROLES_HEADER = "X-Demo-Roles";
  static final String CREDITOR_HEADER = "X-Demo-Creditor";
  static final String SUBJECT_HEADER = "X-Demo-Subject";

  static final String AUTHORIZATION_HEADER = "Authorization";
  static final String CREDITOR_CLAIM = "creditor";

  @Inject HttpServletRequest request;
  @Inject JsonWebToken token;
  @Inject Instance<ClaimedDebtors> claims;

  @Inject
  @ConfigProperty(name = "recouvra.identity.demo-headers", defaultValue = "false")
  boolean demoHeaders;

  private Caller caller;

  /** The caller, resolved once per request. */
  public Caller get() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  private Caller resolve() {
    if (isVerified()) {
      return fromToken();
    }
    if (demoHeaders && request.getHeader(AUTHORIZATION_HEADER) == null) {
      return fromDemoHeaders();
    }
    return Caller.anonymous();
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
    return new Caller(subject, roles, tenantFromToken(), claimedBy(subject, roles));
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
    String subject =
        Optional.ofNullable(request.getHeader(SUBJECT_HEADER))
            .filter(s -> s.matches("[A-Za-z0-9._:@-]{1,64}"))
            .map(s -> "demo:" + s)
            .orElse("demo:" + String.join("+", roles.stream().map(Role::tokenName).toList()));
    return new Caller(subject, roles, tenantFromHeader(), claimedBy(subject, roles));
  }

  /** The records a debtor claimed; nobody else reads through claims. */
  private Set<DebtorId> claimedBy(String subject, Set<Role> roles) {
    if (!roles.contains(Role.DEBTOR) || claims.isUnsatisfied()) {
      return Set.of();
    }
    return claims.get().claimedBy(subject);
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
