package io.recouvra.it.support;

import java.util.List;

/** The demo data's creditors (app DemoData: ACME, BATIPLUS, LEMAIRE), as the API's global ids. */
public final class DemoCreditors {
  /** Acme Énergie SAS, the creditor of the demo realm's controller.acme. */
  public static final String ACME = "Q3JlZGl0b3I6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDBhMDAx";

  /** Batiplus Fournitures SARL, selling to professionals. */
  public static final String BATIPLUS =
      "Q3JlZGl0b3I6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDBhMDAy";

  /** Paul Lemaire, a landlord acting outside trade. */
  public static final String LEMAIRE =
      "Q3JlZGl0b3I6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDBhMDAz";

  /** All of them. */
  public static final List<String> ALL = List.of(ACME, BATIPLUS, LEMAIRE);

  private DemoCreditors() {}
}
