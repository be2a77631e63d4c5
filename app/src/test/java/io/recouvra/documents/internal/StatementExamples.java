package io.recouvra.documents.internal;

import io.recouvra.debts.ClosureReason;
import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorType;
import io.recouvra.debts.DebtorView;
import io.recouvra.debts.PostalAddress;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import io.recouvra.shared.reference.AccessCode;
import io.recouvra.shared.reference.CreditorReference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Hand-built creditor, debtor and debts for the statement's tests; nothing is computed here. */
public final class StatementExamples {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** 5 December 2026, 09:30 in Paris. */
  public static final ZonedDateTime PRODUCED_AT = ZonedDateTime.of(2026, 12, 5, 9, 30, 0, 0, PARIS);

  public static final CreditorId CREDITOR =
      new CreditorId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
  public static final DebtorId DEBTOR =
      new DebtorId(UUID.fromString("00000000-0000-4000-8000-000000000002"));

  /** The published ISO 11649 example, printed RF18 5390 0754 7034. */
  public static final CreditorReference FIRST_REFERENCE =
      CreditorReference.parse("RF18539007547034");

  /** Another published example, printed RF49 N73G BST7 3AKL 38ZX. */
  public static final CreditorReference SECOND_REFERENCE =
      CreditorReference.parse("RF49N73GBST73AKL38ZX");

  /** A third published example, printed RF71 2348 231. */
  public static final CreditorReference THIRD_REFERENCE = CreditorReference.parse("RF712348231");

  private StatementExamples() {}

  public static CreditorView creditor() {
    return new CreditorView(
        CREDITOR,
        "Énergies de l’Ouest SAS",
        Optional.of("732829320"),
        false,
        new PostalAddress(List.of("12 rue de la Chaîne", "Bâtiment C"), "44000", "Nantes", "FR"),
        "FR7630006000011234567890189",
        Optional.of("AGRIFRPP"),
        Optional.empty(),
        PARIS,
        CreditorView.DEFAULT_LIMITATION_ALERT_DAYS);
  }

  public static DebtorView debtor(Locale language) {
    return new DebtorView(
        DEBTOR,
        CREDITOR,
        "C-042",
        DebtorType.CONSUMER,
        "Françoise Lefèvre-Bœuf",
        Optional.of(
            new PostalAddress(
                List.of("3 allée des Œillets", "Résidence « Les Pins »"), "35000", "Rennes", "FR")),
        Optional.empty(),
        Optional.empty(),
        language,
        PARIS);
  }

  /**
   * Three open debts in euros (balances 1 234,56, 40,00 and 12 500,50: total 13 775,06) and one
   * closed debt (reference FAC-CLOSED) that the statement must leave out.
   */
  public static List<DebtView> debts() {
    return List.of(
        open(
            "FAC-2026-001",
            "Abonnement « Sérénité » – cœur de gamme",
            "1234.56",
            "1234.56",
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 1),
            FIRST_REFERENCE),
        open(
            "FAC-2026-002",
            "Régularisation d’été à Noël, reçu n° 7",
            "89.90",
            "40.00",
            LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 9, 15),
            SECOND_REFERENCE),
        open(
            "FAC-2026-003",
            "Travaux de raccordement",
            "15000.00",
            "12500.50",
            LocalDate.of(2026, 10, 10),
            LocalDate.of(2026, 11, 10),
            THIRD_REFERENCE),
        closed("FAC-CLOSED", "300.00", LocalDate.of(2026, 6, 1)));
  }

  public static DebtView open(
      String reference,
      String description,
      String principal,
      String balance,
      LocalDate issuedOn,
      LocalDate dueOn,
      CreditorReference creditorReference) {
    return debt(
        reference,
        Optional.of(description),
        Money.parse(principal, "EUR"),
        Money.parse(balance, "EUR"),
        issuedOn,
        dueOn,
        DebtStatus.OPEN,
        creditorReference);
  }

  public static DebtView closed(String reference, String principal, LocalDate dueOn) {
    return debt(
        reference,
        Optional.empty(),
        Money.parse(principal, "EUR"),
        Money.parse("0", "EUR"),
        dueOn.minusMonths(1),
        dueOn,
        DebtStatus.CLOSED,
        CreditorReference.forBody("999"));
  }

  public static DebtView debt(
      String reference,
      Optional<String> description,
      Money principal,
      Money balance,
      LocalDate issuedOn,
      LocalDate dueOn,
      DebtStatus status,
      CreditorReference creditorReference) {
    return new DebtView(
        DebtId.random(),
        CREDITOR,
        DEBTOR,
        reference,
        description,
        principal,
        balance,
        issuedOn,
        dueOn,
        dueOn,
        DebtNature.GOODS_OR_SERVICES,
        Optional.empty(),
        status,
        status == DebtStatus.CLOSED ? Optional.of(ClosureReason.PAID) : Optional.empty(),
        List.of(),
        creditorReference,
        AccessCode.parse("ABCD EFGH JKMN"),
        Instant.parse("2026-11-01T08:00:00Z"));
  }
}
