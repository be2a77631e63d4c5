package io.recouvra.debts.internal;

import io.recouvra.debts.ClaimFile;
import io.recouvra.debts.DebtorView;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.caller.ClaimedDebtors;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.reference.CreditorReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links signed-in accounts to the debtor records they prove to be theirs with a debt's reference
 * and its one-time access code. Failed attempts are recorded and limited per account and per
 * reference, and a wrong reference and a wrong code get the same answer.
 */
@ApplicationScoped
@Transactional
public class DebtorClaims implements ClaimedDebtors {
  private static final Problem INVALID =
      Problem.at(
          "accessCode",
          ErrorCode.INVALID_ACCESS_CODE,
          "This reference and access code do not open a file");
  private static final Problem TOO_MANY =
      Problem.at(
          "accessCode",
          ErrorCode.TOO_MANY_ATTEMPTS,
          "Too many wrong attempts; try again later or contact the creditor");

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "recouvra.claims.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "recouvra.claims.window", defaultValue = "PT24H")
  Duration window;

  @Override
  public Set<DebtorId> claimedBy(String subject) {
    return em.createQuery("SELECT c FROM DebtorClaim c WHERE c.subject = :s", ClaimRecord.class)
        .setParameter("s", subject)
        .getResultStream()
        .map(c -> new DebtorId(UUID.fromString(c.debtorId())))
        .collect(Collectors.toSet());
  }

  /** Claims the debtor record that the reference and access code open, for {@code subject}. */
  public Outcome<DebtorView> claim(String subject, ClaimFile claim) {
    Instant now = clock.instant();
    Optional<CreditorReference> reference = parse(claim.reference());
    String electronic = reference.map(CreditorReference::electronic).orElse(null);
    if (failuresSince(now, "c.subject = :key", subject) >= maxFailures
        || (electronic != null
            && failuresSince(now, "c.reference = :key", electronic) >= maxFailures)) {
      record(subject, electronic, now, false);
      return Outcome.refused(TOO_MANY);
    }
    Optional<DebtRecord> debt =
        reference.flatMap(r -> debtOpenedBy(r.electronic(), claim.accessCode()));
    if (debt.isEmpty() || (debt.get().accessCodeUsed() && !holds(subject, debt.get()))) {
      record(subject, electronic, now, false);
      return Outcome.refused(INVALID);
    }

    DebtorRecord debtor = em.find(DebtorRecord.class, debt.get().debtorIdText());
    if (!holds(subject, debt.get())) {
      debt.get().useAccessCode(now);
      em.persist(new ClaimRecord(debt.get().debtorIdText(), subject, now));
    }
    record(subject, electronic, now, true);
    audit.record(
        subject,
        Optional.of(debtor.toView().creditor()),
        "debts.claimFile",
        List.of("Debtor:" + debtor.id()),
        electronic);
    return Outcome.done(debtor.toView());
  }

  private Optional<DebtRecord> debtOpenedBy(String reference, String accessCode) {
    return em.createQuery("SELECT d FROM Debt d WHERE d.creditorReference = :ref", DebtRecord.class)
        .setParameter("ref", reference)
        .getResultStream()
        .filter(d -> d.accessCodeMatches(accessCode == null ? "" : accessCode))
        .findFirst();
  }

  private boolean holds(String subject, DebtRecord debt) {
    return !em.createQuery(
            "SELECT c FROM DebtorClaim c WHERE c.subject = :s AND c.debtorId = :d",
            ClaimRecord.class)
        .setParameter("s", subject)
        .setParameter("d", debt.debtorIdText())
        .getResultList()
        .isEmpty();
  }

  private long failuresSince(Instant now, String condition, String key) {
    return em.createQuery(
            "SELECT COUNT(c) FROM ClaimAttempt c WHERE "
                + condition
                + " AND c.succeeded = FALSE AND c.at > :since",
            Long.class)
        .setParameter("key", key)
        .setParameter("since", now.minus(window))
        .getSingleResult();
  }

  private void record(String subject, String reference, Instant now, boolean succeeded) {
    em.persist(new ClaimAttemptRecord(subject, reference, now, succeeded));
    if (!succeeded) {
      audit.record(subject, Optional.<CreditorId>empty(), "debts.claimFileRefused", List.of());
    }
  }

  private static Optional<CreditorReference> parse(String text) {
    if (text == null || text.length() > 60) {
      return Optional.empty();
    }
    try {
      return Optional.of(CreditorReference.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
