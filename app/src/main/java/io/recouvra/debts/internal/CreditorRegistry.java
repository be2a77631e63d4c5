package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtorDetails.AddressDetails;
import io.recouvra.debts.NewCreditor;
import io.recouvra.debts.PostalAddress;
import io.recouvra.debts.UpdateCreditor;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.error.Problems;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.identifiers.Bic;
import io.recouvra.shared.identifiers.Iban;
import io.recouvra.shared.identifiers.Siren;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates and reads creditors, the tenants of the platform. */
@ApplicationScoped
@Transactional
public class CreditorRegistry {
  private static final int MIN_ALERT_DAYS = 1;
  private static final int MAX_ALERT_DAYS = 365;
  private static final Pattern SEPA_CREDITOR_ID = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{1,31}");

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditLog audit;

  public Outcome<CreditorView> create(NewCreditor input, String actor) {
    List<Problem> problems = check(input);
    if (!problems.isEmpty()) {
      return Outcome.refused(problems);
    }
    CreditorView creditor =
        viewOf(
            input.id().map(CreditorId::new).orElseGet(CreditorId::random),
            input,
            CreditorView.DEFAULT_LIMITATION_ALERT_DAYS);
    em.persist(new CreditorRecord(creditor, clock.instant()));
    em.flush();
    audit.record(
        actor,
        Optional.of(creditor.id()),
        "debts.createCreditor",
        List.of("Creditor:" + creditor.id()),
        creditor);
    return Outcome.done(creditor);
  }

  /**
   * Corrects a creditor's master data, checked as a new creditor's would be; empty when no creditor
   * has the id.
   */
  public Optional<Outcome<CreditorView>> update(UpdateCreditor command, String actor) {
    CreditorRecord record = em.find(CreditorRecord.class, command.id().toString());
    if (record == null) {
      return Optional.empty();
    }
    CreditorView current = record.toView();
    NewCreditor merged = merged(current, command);
    int alertDays = command.limitationAlertDays().orElse(current.limitationAlertDays());
    List<Problem> problems = new ArrayList<>(check(merged));
    if (alertDays < MIN_ALERT_DAYS || alertDays > MAX_ALERT_DAYS) {
      problems.add(
          Problem.at(
              "limitationAlertDays",
              ErrorCode.OUT_OF_RANGE,
              "limitationAlertDays must be from " + MIN_ALERT_DAYS + " to " + MAX_ALERT_DAYS));
    }
    if (!problems.isEmpty()) {
      return Optional.of(Outcome.refused(problems));
    }
    CreditorView corrected = viewOf(current.id(), merged, alertDays);

    record.correct(corrected);
    em.flush();
    audit.record(
        actor,
        Optional.of(current.id()),
        "debts.updateCreditor",
        List.of("Creditor:" + current.id()),
        corrected);
    return Optional.of(Outcome.done(corrected));
  }

  /** What is wrong with a new creditor's master data; empty when nothing is. */
  public List<Problem> check(NewCreditor input) {
    Problems problems = new Problems();
    problems.requireText("legalName", input.legalName(), 200);
    Optional<String> siren = optional(input.siren());
    if (siren.isEmpty() && !input.naturalPersonOutsideTrade()) {
      problems.add("siren", ErrorCode.REQUIRED, "siren is required for a business creditor");
    }
    if (siren.isPresent() && !Siren.isValid(siren.get())) {
      problems.add(
          "siren", ErrorCode.INVALID_FORMAT, "siren must be nine digits with a valid check");
    }
    if (input.address() == null) {
      problems.requirePresent("address", null);
    } else {
      AddressRules.check("address", input.address(), problems);
    }
    if (!Iban.isValid(input.iban())) {
      problems.add("iban", ErrorCode.INVALID_FORMAT, "iban is not a valid IBAN");
    }
    Optional<String> bic = optional(input.bic());
    if (bic.isPresent() && !Bic.isValid(bic.get())) {
      problems.add("bic", ErrorCode.INVALID_FORMAT, "bic must be a BIC of 8 or 11 characters");
    }
    Optional<String> sepaId = optional(input.sepaCreditorIdentifier());
    if (sepaId.isPresent() && !SEPA_CREDITOR_ID.matcher(sepaId.get()).matches()) {
      problems.add(
          "sepaCreditorIdentifier",
          ErrorCode.INVALID_FORMAT,
          "sepaCreditorIdentifier must be a SEPA creditor identifier, e.g. FR72ZZZ123456");
    }
    problems.requirePresent("timeZone", input.timeZone());
    DebtorRules.zone("timeZone", input.timeZone(), ZoneId.of("UTC"), problems);
    return problems.list();
  }

  public Optional<CreditorView> creditor(CreditorId id) {
    return Optional.ofNullable(em.find(CreditorRecord.class, id.toString()))
        .map(CreditorRecord::toView);
  }

  public List<CreditorView> creditors(Collection<CreditorId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery("SELECT c FROM Creditor c WHERE c.id IN :ids", CreditorRecord.class)
        .setParameter("ids", ids.stream().map(CreditorId::toString).toList())
        .getResultList()
        .stream()
        .map(CreditorRecord::toView)
        .toList();
  }

  /**
   * Creditors by id after {@code after}, at most {@code count}: all of them, or only those of
   * {@code among} when it is given.
   */
  public List<CreditorView> page(
      Optional<CreditorId> after, int count, Optional<Collection<CreditorId>> among) {
    if (among.isPresent() && among.get().isEmpty()) {
      return List.of();
    }
    String jpql =
        "SELECT c FROM Creditor c WHERE c.id > :after"
            + (among.isPresent() ? " AND c.id IN :among" : "")
            + " ORDER BY c.id";
    var query =
        em.createQuery(jpql, CreditorRecord.class)
            .setParameter("after", after.map(CreditorId::toString).orElse(""))
            .setMaxResults(count);
    among.ifPresent(
        ids -> query.setParameter("among", ids.stream().map(CreditorId::toString).toList()));
    return query.getResultStream().map(CreditorRecord::toView).toList();
  }

  /** The view of checked master data. */
  private static CreditorView viewOf(CreditorId id, NewCreditor input, int alertDays) {
    return new CreditorView(
        id,
        input.legalName().trim(),
        optional(input.siren()),
        input.naturalPersonOutsideTrade(),
        AddressRules.check("address", input.address(), new Problems()),
        Iban.normalise(input.iban()),
        optional(input.bic()),
        optional(input.sepaCreditorIdentifier()),
        DebtorRules.zone("timeZone", input.timeZone(), ZoneId.of("UTC"), new Problems()),
        alertDays);
  }

  /** The current master data with the command's corrections, as a new creditor to check. */
  private static NewCreditor merged(CreditorView current, UpdateCreditor command) {
    PostalAddress address = current.address();
    return new NewCreditor(
        Optional.of(current.id().value()),
        command.legalName().orElse(current.legalName()),
        current.siren().orElse(null),
        current.naturalPersonOutsideTrade(),
        command
            .address()
            .orElse(
                new AddressDetails(
                    address.lines(), address.postalCode(), address.city(), address.country())),
        command.iban().orElse(current.iban()),
        command.bic().orElse(current.bic().orElse(null)),
        command.sepaCreditorIdentifier().orElse(current.sepaCreditorIdentifier().orElse(null)),
        command.timeZone().orElse(current.timeZone().getId()));
  }

  private static Optional<String> optional(String text) {
    return Optional.ofNullable(text).map(String::trim).filter(t -> !t.isEmpty());
  }
}
