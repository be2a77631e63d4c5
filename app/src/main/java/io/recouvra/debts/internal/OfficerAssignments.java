package io.recouvra.debts.internal;

import io.recouvra.debts.OfficerAssignment;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.caller.AssignedCreditors;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps which creditors each compliance officer oversees; administrators change it. */
@ApplicationScoped
@Transactional
public class OfficerAssignments implements AssignedCreditors {
  private static final String OF_PAIR =
      "SELECT a FROM OfficerAssignment a WHERE a.officerSubject = :officer"
          + " AND a.creditorId = :creditor";

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditLog audit;

  @Override
  public Set<CreditorId> assignedTo(String subject) {
    return em.createQuery(
            "SELECT a FROM OfficerAssignment a WHERE a.officerSubject = :officer",
            OfficerAssignmentRecord.class)
        .setParameter("officer", subject)
        .getResultStream()
        .map(OfficerAssignmentRecord::creditor)
        .collect(Collectors.toSet());
  }

  /** The assignments of these creditors, oldest first. */
  public List<OfficerAssignment> ofCreditors(Collection<CreditorId> creditors) {
    if (creditors.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM OfficerAssignment a WHERE a.creditorId IN :creditors"
                + " ORDER BY a.assignedAt, a.id",
            OfficerAssignmentRecord.class)
        .setParameter("creditors", creditors.stream().map(CreditorId::toString).toList())
        .getResultStream()
        .map(OfficerAssignmentRecord::toView)
        .toList();
  }

  /** Assigns the creditor to the officer; assigning it again keeps the first assignment. */
  public OfficerAssignment assign(CreditorId creditor, String officer, String actor) {
    Optional<OfficerAssignmentRecord> existing = find(creditor, officer);
    if (existing.isPresent()) {
      return existing.get().toView();
    }
    OfficerAssignmentRecord assignment =
        new OfficerAssignmentRecord(creditor, officer, clock.instant(), actor);
    em.persist(assignment);
    audit.record(
        actor,
        Optional.of(creditor),
        "debts.assignComplianceOfficer",
        List.of("Creditor:" + creditor, "Account:" + officer),
        creditor.toString(),
        officer);
    return assignment.toView();
  }

  /** Withdraws the assignment; empty when there was none. */
  public Optional<OfficerAssignment> withdraw(CreditorId creditor, String officer, String actor) {
    Optional<OfficerAssignmentRecord> existing = find(creditor, officer);
    existing.ifPresent(
        assignment -> {
          em.remove(assignment);
          audit.record(
              actor,
              Optional.of(creditor),
              "debts.withdrawComplianceOfficer",
              List.of("Creditor:" + creditor, "Account:" + officer),
              creditor.toString(),
              officer);
        });
    return existing.map(OfficerAssignmentRecord::toView);
  }

  private Optional<OfficerAssignmentRecord> find(CreditorId creditor, String officer) {
    return em.createQuery(OF_PAIR, OfficerAssignmentRecord.class)
        .setParameter("officer", officer)
        .setParameter("creditor", creditor.toString())
        .getResultStream()
        .findFirst();
  }
}
