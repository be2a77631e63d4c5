package io.recouvra.shared.error;

import org.eclipse.microprofile.graphql.Description;

/**
 * Stable, machine-readable codes for every refusal Recouvra reports. Clients match on these codes,
 * never on messages, so a code is never renamed or reused for another meaning.
 */
@Description("A stable, machine-readable reason for a refusal; never renamed or reused.")
public enum ErrorCode {
  /** A value that must be given is missing or blank. */
  @Description("A value that must be given is missing or blank.")
  REQUIRED,
  /** A text is longer than its field allows. */
  @Description("A text is longer than its field allows.")
  TOO_LONG,
  /** A value does not have the expected form (e-mail, phone, SIREN, IBAN, time zone...). */
  @Description(
      "A value does not have the expected form (e-mail, phone, SIREN, IBAN, time zone...).")
  INVALID_FORMAT,
  /** An amount that must be above zero is zero or negative. */
  @Description("An amount that must be above zero is zero or negative.")
  NOT_POSITIVE,
  /** An amount has more decimals than its currency's minor unit. */
  @Description("An amount has more decimals than its currency's minor unit.")
  TOO_MANY_DECIMALS,
  /** A currency code that is not an ISO 4217 currency Recouvra accepts. */
  @Description("A currency code that is not an ISO 4217 currency Recouvra accepts.")
  UNKNOWN_CURRENCY,
  /** A value the law or the debt's situation does not allow here. */
  @Description(
      "A value the law or the debt's situation does not allow here (a contract penalty rate for a"
          + " consumer, say).")
  NOT_APPLICABLE,
  /** Two dates are in the wrong order (a due date before the issue date, say). */
  @Description("Two dates are in the wrong order (a due date before the issue date, say).")
  DATE_ORDER,
  /** A figure is outside the range its field allows (a rate above 50 %, a year before 1900). */
  @Description(
      "A figure is outside the range its field allows (a rate above its maximum, an amount above"
          + " what is due, a year before 1900).")
  OUT_OF_RANGE,
  /** A dated row would share days with another row of the same kind. */
  @Description("A dated row would share days with another row of the same kind.")
  OVERLAPPING_ROW,
  /** An external reference already names another debt with different content. */
  @Description("An external reference already names another debt with different content.")
  DUPLICATE_REFERENCE,
  /** The object does not exist, or the caller may not know that it exists. */
  @Description("The object does not exist, or the caller may not know that it exists.")
  NOT_FOUND,
  /** An id that is not one Recouvra issued. */
  @Description("An id that is not one Recouvra issued.")
  INVALID_ID,
  /** The reference and access code given to claim a file do not open one. */
  @Description("The reference and access code given to claim a file do not open one.")
  INVALID_ACCESS_CODE,
  /** Too many wrong attempts in a short time; wait before trying again. */
  @Description("Too many wrong attempts in a short time; wait before trying again.")
  TOO_MANY_ATTEMPTS,
  /** The hold is already lifted. */
  @Description("The hold is already lifted.")
  ALREADY_LIFTED,
  /** The debt is already closed. */
  @Description("The debt is already closed.")
  ALREADY_CLOSED,
  /** No verified identity came with the request. */
  @Description("No verified identity came with the request.")
  UNAUTHENTICATED,
  /** The caller's roles do not allow the operation. */
  @Description("The caller's roles do not allow the operation.")
  FORBIDDEN,
  /** A page larger than the API allows was asked for. */
  @Description("A page larger than the API allows was asked for.")
  PAGE_TOO_LARGE,
  /** The query nests deeper than the API allows. */
  @Description("The query nests deeper than the API allows.")
  QUERY_TOO_DEEP,
  /** The query would fetch more objects than the API allows in one request. */
  @Description("The query would fetch more objects than the API allows in one request.")
  QUERY_TOO_COSTLY,
  /** The request is not a well-formed GraphQL request. */
  @Description("The request is not a well-formed GraphQL request.")
  BAD_REQUEST,
  /** An argument that is not a business input is invalid (a cursor, a filter value). */
  @Description("An argument that is not a business input is invalid (a cursor, a filter value).")
  INVALID_ARGUMENT,
  /** A file is larger than Recouvra accepts. */
  @Description("A file is larger than Recouvra accepts.")
  FILE_TOO_LARGE,
  /** A file's declared type is not one Recouvra accepts. */
  @Description("A file's declared type is not one Recouvra accepts.")
  FILE_TYPE_NOT_ALLOWED,
  /** A file's content is not of the type it was declared as. */
  @Description("A file's content is not of the type it was declared as.")
  FILE_TYPE_MISMATCH,
  /** A file carries active content, hidden data or a decompression bomb. */
  @Description("A file carries active content, hidden data or a decompression bomb.")
  FILE_UNSAFE,
  /** A download link is not valid for this file and this user. */
  @Description("A download link is not valid for this file and this user.")
  FILE_LINK_INVALID,
  /** A download link has expired; ask for a new one. */
  @Description("A download link has expired; ask for a new one.")
  FILE_LINK_EXPIRED,
  /** A name that must be unique at the identity provider (a client id, an e-mail) is in use. */
  @Description(
      "A name that must be unique at the identity provider (a client id, an e-mail) is in use.")
  ALREADY_TAKEN,
  /** The identity provider is unreachable or refused Recouvra; nothing was changed. */
  @Description("The identity provider is unreachable or refused Recouvra; nothing was changed.")
  IDENTITY_PROVIDER_UNAVAILABLE,
  /** Something failed inside Recouvra; the details are in the server log, never in the answer. */
  @Description(
      "Something failed inside Recouvra; the details are in the server log, never in the answer.")
  INTERNAL
}
