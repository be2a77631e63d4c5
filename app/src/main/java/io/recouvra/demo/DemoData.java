package io.recouvra.demo;

import io.recouvra.debts.CancelDebt;
import io.recouvra.debts.Creditors;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorDetails;
import io.recouvra.debts.DebtorDetails.AddressDetails;
import io.recouvra.debts.DebtorType;
import io.recouvra.debts.Debts;
import io.recouvra.debts.Ledger;
import io.recouvra.debts.Limitations;
import io.recouvra.debts.NewCreditor;
import io.recouvra.debts.PaymentOrigin;
import io.recouvra.debts.PaymentToApply;
import io.recouvra.debts.RecordLimitationEvent;
import io.recouvra.debts.RegisterDebt;
import io.recouvra.debts.law.LimitationEventKind;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.money.Money;
import io.recouvra.shared.persistence.SchemaMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo creditors, debtors and debts once, when the demo asks for them. */
@ApplicationScoped
public class DemoData {
  /** Acme Énergie SAS: an energy supplier with consumer and business customers. */
  public static final UUID ACME = UUID.fromString("00000000-0000-4000-8000-00000000a001");

  /** Batiplus Fournitures SARL: a building-supplies wholesaler selling to professionals. */
  public static final UUID BATIPLUS = UUID.fromString("00000000-0000-4000-8000-00000000a002");

  /** Paul Lemaire: a private landlord, a natural person acting outside trade. */
  public static final UUID LEMAIRE = UUID.fromString("00000000-0000-4000-8000-00000000a003");

  /** The demo compliance officer {@code officer.acme}: its fixed account id in realm-demo.json. */
  public static final String OFFICER_ACCOUNT = "00000000-0000-4000-8000-0000000000f1";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject Creditors creditors;
  @Inject Debts debts;
  @Inject Ledger ledger;
  @Inject Limitations limitations;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "recouvra.demo.data", defaultValue = "false")
  boolean enabled;

  void load(
      @Observes @Priority(SchemaMigration.PRIORITY + 100) @Initialized(ApplicationScoped.class)
          Object start) {
    if (!enabled || creditors.ofCaller(staff(ACME)).isPresent()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(PARIS));
    acme(today);
    batiplus(today);
    lemaire(today);
    Caller loader = new Caller("demo-loader", Set.of(Role.ADMIN), Optional.empty(), Set.of());
    creditors.assignOfficerAccount(loader, new CreditorId(ACME), OFFICER_ACCOUNT);
    creditors.assignOfficerAccount(loader, new CreditorId(BATIPLUS), OFFICER_ACCOUNT);
    LOG.info("Demo data loaded");
  }

  private void acme(LocalDate today) {
    creditor(ACME, "Acme Énergie SAS", "732829320", false, "FR7630006000011234567890189");
    Caller staff = staff(ACME);
    DebtorDetails durand =
        person("ACME-C-0001", DebtorType.CONSUMER, "Camille Durand", "12 rue des Lilas", "75011");
    DebtorDetails martin =
        person("ACME-C-0002", DebtorType.CONSUMER, "Hugo Martin", "3 avenue Foch", "69006");
    DebtorDetails syndic =
        person(
            "ACME-N-0001",
            DebtorType.NON_PROFESSIONAL,
            "Syndicat des copropriétaires Les Tilleuls",
            "8 allée des Tilleuls",
            "33000");
    DebtorDetails mairie =
        person(
            "ACME-P-0001",
            DebtorType.PUBLIC_ENTITY,
            "Mairie de Saint-Aubin",
            "1 place de la Mairie",
            "14750");
    debt(
        staff,
        "ACME-INV-2026-0101",
        "Électricité, facture de janvier",
        "84.90",
        today,
        -300,
        durand);
    debt(
        staff,
        "ACME-INV-2026-0102",
        "Électricité, facture de février",
        "91.35",
        today,
        -270,
        durand);
    debt(staff, "ACME-INV-2026-0340", "Gaz, facture de septembre", "142.10", today, -60, martin);
    debt(
        staff,
        "ACME-INV-2026-0412",
        "Parties communes, trimestre 3",
        "1210.00",
        today,
        -20,
        syndic);
    debt(staff, "ACME-INV-2026-0460", "Éclairage public, octobre", "3580.40", today, 15, mairie);
    DebtView mistaken =
        debt(staff, "ACME-INV-2026-0300", "Facture émise par erreur", "55.00", today, -90, martin);
    debts.cancel(staff, new CancelDebt(mistaken.id(), "Invoice sent to the wrong customer"));
    oldDebts(staff, today, durand, martin);
  }

  /**
   * Debts of consumers old enough for the limitation queue: one whose 2-year period (Code de la
   * consommation L218-2) ends 40 days from today, with a formal notice that moves nothing; one
   * whose last day is tomorrow, so its alert is due; and one whose period an acknowledgment
   * restarted, out of the 90-day window.
   */
  private void oldDebts(Caller staff, LocalDate today, DebtorDetails durand, DebtorDetails martin) {
    LocalDate dueNearLimit = today.plusDays(40).minusYears(2);
    DebtView nearLimit =
        debt(
            staff,
            "ACME-INV-2024-1207",
            "Électricité, facture de novembre",
            "76.40",
            today,
            (int) -ChronoUnit.DAYS.between(dueNearLimit, today),
            martin);
    event(staff, nearLimit, LimitationEventKind.FORMAL_NOTICE, today.minusDays(20));
    LocalDate dueTomorrow = today.plusDays(1).minusYears(2);
    debt(
        staff,
        "ACME-INV-2024-1128",
        "Électricité, facture d'octobre",
        "64.15",
        today,
        (int) -ChronoUnit.DAYS.between(dueTomorrow, today),
        durand);
    DebtView acknowledged =
        debt(staff, "ACME-INV-2024-0905", "Gaz, facture d'août", "133.80", today, -700, durand);
    event(staff, acknowledged, LimitationEventKind.ACKNOWLEDGMENT, today.minusDays(200));
  }

  private void event(Caller staff, DebtView debt, LimitationEventKind kind, LocalDate on) {
    require(
        limitations.record(
            staff,
            new RecordLimitationEvent(
                debt.id(), kind, on, Optional.empty(), false, Optional.empty())));
  }

  private void batiplus(LocalDate today) {
    creditor(
        BATIPLUS, "Batiplus Fournitures SARL", "552100554", false, "FR1420041010050500013M02606");
    Caller staff = staff(BATIPLUS);
    DebtorDetails renov =
        person(
            "BP-00017",
            DebtorType.PROFESSIONAL,
            "Rénov'Habitat SARL",
            "45 rue de l'Industrie",
            "44000");
    DebtorDetails artisan =
        person(
            "BP-00042",
            DebtorType.PROFESSIONAL,
            "Lucas Bernard, plombier",
            "7 impasse du Port",
            "13002");
    DebtView plaster =
        debt(staff, "BP-F-2025-1187", "Plaques de plâtre et rails", "4820.00", today, -420, renov);
    debt(staff, "BP-F-2026-0233", "Carrelage, chantier Nantes", "12650.75", today, -45, renov);
    debt(staff, "BP-F-2026-0301", "Raccords cuivre", "318.60", today, -10, artisan);
    ledger.applyPayment(
        staff,
        new PaymentToApply(
            plaster.debtor(),
            Money.parse("2000.00", "EUR"),
            today.minusDays(200),
            Optional.of(plaster.id()),
            "DEMO-VIR-2026-0001",
            PaymentOrigin.DEBTOR));
  }

  private void lemaire(LocalDate today) {
    creditor(LEMAIRE, "Paul Lemaire", null, true, "FR7630004000031234567890143");
    Caller staff = staff(LEMAIRE);
    DebtorDetails tenant =
        person("LOC-2024-01", DebtorType.CONSUMER, "Inès Moreau", "21 rue Victor Hugo", "59000");
    debt(staff, "LOYER-2026-09", "Loyer de septembre 2026", "690.00", today, -90, tenant);
    debt(staff, "LOYER-2026-10", "Loyer d'octobre 2026", "690.00", today, -60, tenant);
  }

  private void creditor(UUID id, String name, String siren, boolean naturalPerson, String iban) {
    Outcome<?> created =
        creditors.create(
            Caller.system(),
            new NewCreditor(
                Optional.of(id),
                name,
                siren,
                naturalPerson,
                new AddressDetails(List.of("10 rue de la Paix"), "75002", "Paris", "FR"),
                iban,
                null,
                null,
                PARIS.getId()));
    require(created);
  }

  private DebtView debt(
      Caller staff,
      String reference,
      String description,
      String amount,
      LocalDate today,
      int dueInDays,
      DebtorDetails debtor) {
    LocalDate due = today.plusDays(dueInDays);
    LocalDate issued = due.minusDays(30).isAfter(today) ? today : due.minusDays(30);
    Outcome<DebtView> registered =
        debts.register(
            staff,
            new RegisterDebt(
                reference, description, amount, "EUR", issued, due, null, debtor, null, null));
    require(registered);
    return registered.value().orElseThrow();
  }

  private static DebtorDetails person(
      String reference, DebtorType type, String name, String street, String postalCode) {
    String email = reference.toLowerCase(java.util.Locale.ROOT) + "@demo.recouvra.test";
    return new DebtorDetails(
        reference,
        type,
        name,
        new AddressDetails(List.of(street), postalCode, "Ville", "FR"),
        email,
        null,
        "fr",
        null);
  }

  private static Caller staff(UUID creditor) {
    return new Caller(
        "demo-loader",
        Set.of(Role.CREDIT_CONTROLLER),
        Optional.of(new CreditorId(creditor)),
        Set.of());
  }

  private static void require(Outcome<?> outcome) {
    if (!outcome.isDone()) {
      throw new IllegalStateException("Demo data refused: " + outcome.problems());
    }
  }
}
