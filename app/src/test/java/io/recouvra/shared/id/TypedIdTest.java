package io.recouvra.shared.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedIdTest {

  private static final String TEXT = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

  @Test
  void readsAndShowsTheCanonicalUuid() {
    assertThat(CreditorId.of(TEXT)).hasToString(TEXT);
    assertThat(DebtorId.of(TEXT)).hasToString(TEXT);
    assertThat(DebtId.of(TEXT)).hasToString(TEXT);
    assertThat(DebtId.of(TEXT).value())
        .isEqualTo(new UUID(0x3f2504e04f8941d3L, 0x9a0c0305e82c3301L));
  }

  @Test
  void readsUpperCaseAndShowsLowerCase() {
    assertThat(DebtId.of(TEXT.toUpperCase())).isEqualTo(DebtId.of(TEXT)).hasToString(TEXT);
  }

  @ParameterizedTest(name = "\"{0}\" is not an id")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "not-a-uuid",
        "1-2-3-4-5",
        "3f2504e04f8941d39a0c0305e82c3301",
        "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}",
        " 3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        "3f2504e0-4f89-41d3-9a0c-0305e82c3301 ",
        "3f2504e0-4f89-41d3-9a0c-0305e82c33011",
        "3f2504e0-4f89-41d3-9a0c-0305e82c330",
        "3f2504e-4f89-41d3-9a0c-0305e82c3301",
        "03f2504e0-4f89-41d3-9a0c-0305e82c3301",
        "3f2504e0-4f89-41d3-9a0c-0305e82c330g",
        "3f2504e0_4f89_41d3_9a0c_0305e82c3301"
      })
  void refusesAnythingButACanonicalUuid(String text) {
    assertThatThrownBy(() -> CreditorId.of(text)).isInstanceOf(InvalidIdException.class);
    assertThatThrownBy(() -> DebtorId.of(text)).isInstanceOf(InvalidIdException.class);
    assertThatThrownBy(() -> DebtId.of(text)).isInstanceOf(InvalidIdException.class);
  }

  @Test
  void randomIdsAreVersionFourAndDistinct() {
    Set<DebtId> ids =
        IntStream.range(0, 1_000).mapToObj(i -> DebtId.random()).collect(Collectors.toSet());

    assertThat(ids).hasSize(1_000);
    assertThat(ids).allSatisfy(id -> assertThat(id.value().version()).isEqualTo(4));
    assertThat(CreditorId.random()).isNotEqualTo(CreditorId.random());
    assertThat(DebtorId.random().value().version()).isEqualTo(4);
  }

  @Test
  void isEqualByValue() {
    assertThat(DebtorId.of(TEXT)).isEqualTo(new DebtorId(UUID.fromString(TEXT)));
    assertThat(DebtorId.of(TEXT).hashCode())
        .isEqualTo(new DebtorId(UUID.fromString(TEXT)).hashCode());
  }

  @Test
  void refusesAMissingUuid() {
    assertThatThrownBy(() -> new DebtId(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void travelsAsAGlobalIdOfItsType() {
    DebtId debt = DebtId.of(TEXT);

    assertThat(debt.toGlobalId()).isEqualTo(GlobalId.of("Debt", debt.value()));
    assertThat(DebtorId.of(TEXT).toGlobalId().type()).isEqualTo("Debtor");
    assertThat(CreditorId.of(TEXT).toGlobalId().type()).isEqualTo("Creditor");
    assertThat(DebtId.of(GlobalId.decode(debt.toGlobalId().encode()))).isEqualTo(debt);
  }

  @Test
  void refusesAGlobalIdOfAnotherType() {
    GlobalId debtor = DebtorId.of(TEXT).toGlobalId();

    assertThatThrownBy(() -> DebtId.of(debtor)).isInstanceOf(InvalidIdException.class);
    assertThatThrownBy(() -> CreditorId.of(debtor)).isInstanceOf(InvalidIdException.class);
    assertThat(DebtorId.of(debtor)).isEqualTo(DebtorId.of(TEXT));
  }
}
