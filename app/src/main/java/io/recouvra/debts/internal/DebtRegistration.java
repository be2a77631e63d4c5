package io.recouvra.debts.internal;

import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorView;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.events.Event;
import io.recouvra.shared.events.Events;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.reference.AccessCode;
import io.recouvra.shared.reference.CreditorReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores one checked registration in its own transaction: finds the debt already registered under
 * the same reference, or upserts the debtor and stores a new debt with fresh references.
 */
@ApplicationScoped
public class DebtRegistration {
  private final SecureRandom random = new SecureRandom();

  @Inject DebtStore store;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Events events;
  @Inject LimitationBook limitations;

  /**
   * Registers the debt, or returns the one registered before with the same content. A concurrent
   * registration of the same reference or debtor makes this attempt fail with a persistence
   * exception; the caller tries again and then finds the other's result.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome<DebtView> attempt(
      CreditorId creditor, CheckedRegistration registration, String actor) {
    Optional<DebtRecord> existing =
        store.debtByReference(creditor, registration.externalReference());
    if (existing.isPresent()) {
      return sameContent(existing.get(), registration);
    }
    Instant now = clock.instant();
    DebtorRecord debtor = upsertDebtor(creditor, registration.debtor(), now);
    NewDebt debt =
        new NewDebt(
            DebtId.random(),
            creditor,
            debtor.id(),
            registration.externalReference(),
            registration.fingerprint(),
            registration.description(),
            registration.principal(),
            registration.issuedOn(),
            registration.dueOn(),
            registration.exigibleOn(),
            registration.nature(),
            registration.contractPenaltyPercent(),
            CreditorReference.random(random),
            AccessCode.random(random));
    DebtRecord record = new DebtRecord(debt, actor, now);
    store.persist(record);
    store.flush();
    limitations.refresh(record.toView());
    audit.record(
        actor,
        Optional.of(creditor),
        "debts.registerDebt",
        List.of("Debt:" + debt.id(), "Debtor:" + debtor.id()),
        registration.fingerprint());
    events.publish(
        new Event(
            "DebtRegistered",
            "Debt:" + debt.id(),
            Map.of("debtId", debt.id().toString(), "creditorId", creditor.toString())));
    return Outcome.done(record.toView());
  }

  private DebtorRecord upsertDebtor(CreditorId creditor, DebtorView details, Instant now) {
    Optional<DebtorRecord> known = store.debtorByReference(creditor, details.customerReference());
    if (known.isPresent()) {
      known.get().describe(details, now);
      return known.get();
    }
    DebtorRecord created = new DebtorRecord(details, now);
    store.persist(created);
    store.flush();
    return created;
  }

  private static Outcome<DebtView> sameContent(
      DebtRecord existing, CheckedRegistration registration) {
    if (existing.fingerprint().equals(registration.fingerprint())) {
      return Outcome.done(existing.toView());
    }
    return Outcome.refused(
        Problem.at(
            "externalReference",
            ErrorCode.DUPLICATE_REFERENCE,
            "externalReference already names a debt registered with different content"));
  }
}
