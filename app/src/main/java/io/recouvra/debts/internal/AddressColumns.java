package io.recouvra.debts.internal;

import io.recouvra.debts.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A postal address as stored: its lines joined by line feeds. */
@Embeddable
class AddressColumns {
  @Column(name = "address_lines", length = 300)
  private String lines;

  @Column(name = "postal_code", length = 16)
  private String postalCode;

  @Column(name = "city", length = 100)
  private String city;

  @Column(name = "country", length = 2)
  private String country;

  protected AddressColumns() {}

  AddressColumns(PostalAddress address) {
    this.lines = String.join("\n", address.lines());
    this.postalCode = address.postalCode();
    this.city = address.city();
    this.country = address.country();
  }

  boolean isEmpty() {
    return city == null;
  }

  PostalAddress toAddress() {
    List<String> split =
        lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    return new PostalAddress(split, postalCode, city, country);
  }
}
