// What a person types on the claim form, read the way the letter prints it, and where each
// refusal belongs on the form. No page access here, so node's test runner can check it.

export const FIELDS = Object.freeze(['reference', 'accessCode']);

const REFERENCE = /^RF[0-9]{2}[A-Z0-9]{1,21}$/;
const ACCESS_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}$/;
const SEPARATORS = /[\s\-\u2010-\u2014\u2212]/g;

/** "rf18 5390 0754 7034" as typed, to "RF18539007547034". */
export function normaliseReference(text) {
  return String(text ?? '').replace(/\s/g, '').toUpperCase();
}

/** "abcd-efgh-jkmn" as typed, to "ABCDEFGHJKMN". */
export function normaliseAccessCode(text) {
  return String(text ?? '').replace(SEPARATORS, '').toUpperCase();
}

/** The refusals found before asking the server, as [{ field, code }]. */
export function check({ reference, accessCode }) {
  const problems = [];
  if (reference === '') {
    problems.push({ field: 'reference', code: 'REQUIRED' });
  } else if (!REFERENCE.test(reference)) {
    problems.push({ field: 'reference', code: 'INVALID_FORMAT' });
  }
  if (accessCode === '') {
    problems.push({ field: 'accessCode', code: 'REQUIRED' });
  } else if (!ACCESS_CODE.test(accessCode)) {
    problems.push({ field: 'accessCode', code: 'INVALID_FORMAT' });
  }
  return problems;
}

/**
 * The form field a server's userError names (its path ends with the field, e.g.
 * ["input", "accessCode"]), or null when it names none of the form's fields.
 */
export function fieldOf(userError) {
  const path = Array.isArray(userError.field) ? userError.field : [];
  const last = path[path.length - 1];
  return FIELDS.includes(last) ? last : null;
}
