// What an administrator types on the form adding a rate row, read the way the API wants it, and
// where each refusal belongs on the form. No page access here, so node's test runner can check it.

export const FIELDS = Object.freeze([
  'kind', 'validFrom', 'validTo', 'percent', 'legalReference', 'note', 'verified', 'closePrevious',
]);

/** The kinds of rate, in the order the law tables declare them. */
export const RATE_KINDS = Object.freeze([
  'LEGAL_INTEREST_NATURAL_PERSON_CREDITOR',
  'LEGAL_INTEREST_OTHER_CREDITOR',
  'ECB_MAIN_REFINANCING',
  'LATE_PAYMENT_MARGIN',
  'PUBLIC_SECTOR_MARGIN',
  'JUDGMENT_SURCHARGE',
]);

const LOCALES = Object.freeze({ fr: 'fr-FR', en: 'en-GB' });
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;
const MAX_PERCENT = 50;
const LAST_DAY = '9999-12-31';

/** "2,15 %" or " 2.15" as typed, to "2.15". */
export function normalisePercent(text) {
  return String(text ?? '').replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
}

/** Whether text is a real calendar day written YYYY-MM-DD. */
export function isDay(text) {
  const match = DAY.exec(text);
  if (!match) {
    return false;
  }
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1
    && date.getUTCDate() === day;
}

/** The form's values, trimmed and normalised. */
export function readValues({ kind, validFrom, validTo, percent, legalReference, note, verified,
  closePrevious }) {
  return {
    kind: String(kind ?? ''),
    validFrom: String(validFrom ?? '').trim(),
    validTo: String(validTo ?? '').trim(),
    percent: normalisePercent(percent),
    legalReference: String(legalReference ?? '').trim(),
    note: String(note ?? '').trim(),
    verified: Boolean(verified),
    closePrevious: Boolean(closePrevious),
  };
}

/** The refusals found before asking the server, as [{ field, code }]. */
export function check(values) {
  const problems = [];
  if (!RATE_KINDS.includes(values.kind)) {
    problems.push({ field: 'kind', code: 'REQUIRED' });
  }
  if (values.validFrom === '') {
    problems.push({ field: 'validFrom', code: 'REQUIRED' });
  } else if (!isDay(values.validFrom)) {
    problems.push({ field: 'validFrom', code: 'INVALID_FORMAT' });
  }
  if (values.validTo !== '' && !isDay(values.validTo)) {
    problems.push({ field: 'validTo', code: 'INVALID_FORMAT' });
  } else if (values.validTo !== '' && isDay(values.validFrom)
    && values.validTo < values.validFrom) {
    problems.push({ field: 'validTo', code: 'DATE_ORDER' });
  }
  if (values.percent === '') {
    problems.push({ field: 'percent', code: 'REQUIRED' });
  } else if (!PERCENT.test(values.percent)) {
    problems.push({ field: 'percent', code: 'INVALID_FORMAT' });
  } else if (Number(values.percent) > MAX_PERCENT) {
    problems.push({ field: 'percent', code: 'OUT_OF_RANGE' });
  }
  if (values.legalReference === '') {
    problems.push({ field: 'legalReference', code: 'REQUIRED' });
  }
  return problems;
}

/** The addLawRate input for checked values. */
export function toInput(values) {
  return {
    kind: values.kind,
    validFrom: values.validFrom,
    validTo: values.validTo === '' ? null : values.validTo,
    percent: values.percent,
    legalReference: values.legalReference,
    verified: values.verified,
    note: values.note === '' ? null : values.note,
    closePrevious: values.closePrevious,
  };
}

/**
 * The form field a server's userError names (its path ends with the field, e.g.
 * ["input", "validFrom"]), or null when it names none of the form's fields.
 */
export function fieldOf(userError) {
  const path = Array.isArray(userError.field) ? userError.field : [];
  const last = path[path.length - 1];
  return FIELDS.includes(last) ? last : null;
}

/**
 * The stored row of the kind that shares a day with validFrom to validTo (no end when empty), or
 * null: rows come as lawRates gives them, validTo null while in force.
 */
export function overlappingRow(rows, { kind, validFrom, validTo }) {
  const last = validTo === '' ? LAST_DAY : validTo;
  return rows.find((row) => row.kind === kind && row.validFrom <= last
    && validFrom <= (row.validTo ?? LAST_DAY)) ?? null;
}

/** A rate given as a decimal string ("2.15"), as the language writes a percentage. */
export function formatPercent(percent, language) {
  const decimals = (String(percent).split('.')[1] ?? '').length;
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals,
  }).format(Number(percent) / 100);
}
