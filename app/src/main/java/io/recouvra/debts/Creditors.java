package io.recouvra.debts;

import io.recouvra.debts.internal.CreditorRegistry;
import io.recouvra.debts.internal.OfficerAssignments;
import io.recouvra.shared.accounts.AccountTakenException;
import io.recouvra.shared.accounts.Accounts;
import io.recouvra.shared.accounts.ClientApp;
import io.recouvra.shared.accounts.NewStaffAccount;
import io.recouvra.shared.accounts.StaffAccount;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.error.Problems;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The facade over creditors, the tenants of the platform: their master data, their onboarding with
 * accounts at the identity provider, and the compliance officers assigned to them.
 */
@ApplicationScoped
public class Creditors {
  private static final Logger LOG = Logger.getLogger(Creditors.class.getName());
  private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,39}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final int NAME_LENGTH = 100;

  @Inject CreditorRegistry registry;
  @Inject OfficerAssignments assignments;
  @Inject Accounts accounts;

  /** Creates a creditor; administrators only, which the API layer checks. */
  public Outcome<CreditorView> create(Caller caller, NewCreditor input) {
    Outcome<CreditorView> created = registry.create(input, caller.subject());

    created
        .value()
        .ifPresent(c -> LOG.info(() -> "Creditor " + c.id() + " created by " + caller.subject()));
    return created;
  }

  /**
   * Onboards a creditor: creates its client application and its first credit controller at the
   * identity provider, then the creditor. Administrators only, which the API layer checks. Whole or
   * nothing: a refusal or a failure at any step removes what the earlier steps created.
   */
  public Outcome<Onboarding> onboard(Caller caller, OnboardCreditor input) {
    List<Problem> problems = onboardingProblems(input);
    if (!problems.isEmpty()) {
      return Outcome.refused(problems);
    }
    CreditorId id = CreditorId.random();
    NewCreditor creditor = withId(input.creditor(), id);

    ClientApp app;
    try {
      app = accounts.createClientApp(input.clientId().strip(), creditor.legalName().strip(), id);
    } catch (AccountTakenException e) {
      return Outcome.refused(
          Problem.at("clientId", ErrorCode.ALREADY_TAKEN, "clientId is already in use"));
    }
    StaffAccount staff;
    try {
      staff = accounts.createStaffAccount(staffOf(input.firstStaff()), Role.CREDIT_CONTROLLER, id);
    } catch (AccountTakenException e) {
      accounts.remove(app);
      return Outcome.refused(
          Problem.at(
              "firstStaff.email", ErrorCode.ALREADY_TAKEN, "an account already uses this email"));
    } catch (RuntimeException e) {
      accounts.remove(app);
      throw e;
    }
    Outcome<CreditorView> created = createOrUndo(caller, creditor, app, staff);

    created.value().ifPresent(c -> LOG.info(() -> "Creditor " + c.id() + " onboarded"));
    return created.map(c -> new Onboarding(c, app, staff));
  }

  /** Corrects a creditor's master data; administrators only, which the API layer checks. */
  public Outcome<CreditorView> update(Caller caller, UpdateCreditor command) {
    Outcome<CreditorView> updated =
        registry
            .update(command, caller.subject())
            .orElseGet(
                () ->
                    Outcome.refused(Problem.at("id", ErrorCode.NOT_FOUND, "id names no creditor")));

    updated.value().ifPresent(c -> LOG.info(() -> "Creditor " + c.id() + " updated"));
    return updated;
  }

  /** Assigns a creditor to a compliance officer; administrators only. */
  public Outcome<OfficerAssignment> assignOfficer(Caller caller, AssignOfficer command) {
    if (registry.creditor(command.creditor()).isEmpty()) {
      return Outcome.refused(
          Problem.at("creditorId", ErrorCode.NOT_FOUND, "creditorId names no creditor"));
    }
    Optional<String> officer =
        accounts.subjectWithRole(command.officerUsername().strip(), Role.COMPLIANCE_OFFICER);
    if (officer.isEmpty()) {
      return Outcome.refused(
          Problem.at("officer", ErrorCode.NOT_FOUND, "officer names no compliance officer"));
    }

    OfficerAssignment assigned =
        assignments.assign(command.creditor(), officer.get(), caller.subject());

    LOG.info(() -> "Creditor " + command.creditor() + " assigned to an officer");
    return Outcome.done(assigned);
  }

  /**
   * Assigns a creditor to the officer whose account id is known already, as the demo data's fixed
   * accounts are; the identity provider is not asked.
   */
  public OfficerAssignment assignOfficerAccount(
      Caller caller, CreditorId creditor, String subject) {
    return assignments.assign(creditor, subject, caller.subject());
  }

  /**
   * Withdraws a creditor from a compliance officer; administrators only. The officer is named by
   * the name they sign in with, or by their subject once their account is gone.
   */
  public Outcome<OfficerAssignment> withdrawOfficer(Caller caller, AssignOfficer command) {
    String named = command.officerUsername().strip();
    String officer = accounts.subjectWithRole(named, Role.COMPLIANCE_OFFICER).orElse(named);

    Optional<OfficerAssignment> withdrawn =
        assignments.withdraw(command.creditor(), officer, caller.subject());

    withdrawn.ifPresent(a -> LOG.info(() -> "Creditor " + a.creditor() + " withdrawn"));
    return withdrawn
        .map(Outcome::done)
        .orElseGet(
            () ->
                Outcome.refused(
                    Problem.at(
                        "officer",
                        ErrorCode.NOT_FOUND,
                        "this officer is not assigned to this creditor")));
  }

  /** The compliance officers assigned to these creditors; only administrators see them. */
  public List<OfficerAssignment> officersOf(Caller caller, Collection<CreditorId> creditors) {
    return caller.roles().contains(Role.ADMIN) ? assignments.ofCreditors(creditors) : List.of();
  }

  /** The name an officer signs in with, if their account still exists. */
  public Optional<String> officerUsername(OfficerAssignment assignment) {
    return accounts.usernameOf(assignment.officer());
  }

  /**
   * A page of the creditors the caller oversees, by id: every creditor for an administrator, the
   * assigned ones for a compliance officer, its own for staff.
   */
  public List<CreditorView> page(Caller caller, Optional<CreditorId> after, int count) {
    Optional<Collection<CreditorId>> among =
        caller.roles().contains(Role.ADMIN)
            ? Optional.empty()
            : Optional.of(caller.overseenCreditors());
    return registry.page(after, count, among);
  }

  /** The creditor the caller acts for, if any. */
  public Optional<CreditorView> ofCaller(Caller caller) {
    return caller.tenant().flatMap(registry::creditor);
  }

  /**
   * The creditor of a debtor record the caller has already read through {@link Debts}, for the
   * letterhead of what is sent to that debtor.
   */
  public Optional<CreditorView> ofDebtor(DebtorView debtor) {
    return registry.creditor(debtor.creditor());
  }

  /**
   * The creditors among {@code ids} the caller may see: its own, those assigned to it, or any for
   * an administrator.
   */
  public List<CreditorView> creditors(Caller caller, Collection<CreditorId> ids) {
    List<CreditorId> visible =
        ids.stream()
            .filter(
                id ->
                    caller.roles().contains(Role.ADMIN) || caller.overseenCreditors().contains(id))
            .toList();
    return registry.creditors(visible);
  }

  private Outcome<CreditorView> createOrUndo(
      Caller caller, NewCreditor creditor, ClientApp app, StaffAccount staff) {
    Outcome<CreditorView> created;
    try {
      created = registry.create(creditor, caller.subject());
    } catch (RuntimeException e) {
      accounts.remove(app);
      accounts.remove(staff);
      throw e;
    }
    if (!created.isDone()) {
      accounts.remove(app);
      accounts.remove(staff);
    }
    return created;
  }

  private List<Problem> onboardingProblems(OnboardCreditor input) {
    Problems problems = new Problems();
    if (input.creditor() == null) {
      problems.requirePresent("creditor", null);
    } else {
      problems.addAll(
          registry.check(input.creditor()).stream().map(p -> under("creditor", p)).toList());
    }
    problems.requirePresent("clientId", input.clientId());
    if (input.clientId() != null && !CLIENT_ID.matcher(input.clientId().strip()).matches()) {
      problems.add(
          "clientId",
          ErrorCode.INVALID_FORMAT,
          "clientId must be 3 to 40 lower-case letters, digits or hyphens, e.g. acme-billing");
    }
    OnboardCreditor.FirstStaff staff = input.firstStaff();
    if (staff == null) {
      problems.requirePresent("firstStaff", null);
      return problems.list();
    }
    problems.requireText("firstStaff.firstName", staff.firstName(), NAME_LENGTH);
    problems.requireText("firstStaff.lastName", staff.lastName(), NAME_LENGTH);
    problems.requireText("firstStaff.email", staff.email(), 254);
    if (staff.email() != null && !EMAIL.matcher(staff.email().strip()).matches()) {
      problems.add("firstStaff.email", ErrorCode.INVALID_FORMAT, "email is not an e-mail address");
    }
    return problems.list();
  }

  private static Problem under(String parent, Problem problem) {
    List<String> path = new ArrayList<>();
    path.add(parent);
    path.addAll(problem.field());
    return new Problem(path, problem.code(), problem.message());
  }

  private static NewCreditor withId(NewCreditor input, CreditorId id) {
    return new NewCreditor(
        Optional.of(id.value()),
        input.legalName(),
        input.siren(),
        input.naturalPersonOutsideTrade(),
        input.address(),
        input.iban(),
        input.bic(),
        input.sepaCreditorIdentifier(),
        input.timeZone());
  }

  private static NewStaffAccount staffOf(OnboardCreditor.FirstStaff staff) {
    return new NewStaffAccount(
        staff.email().strip().toLowerCase(Locale.ROOT),
        staff.firstName().strip(),
        staff.lastName().strip());
  }
}
