// Amounts and dates written the way each language writes them.

const LOCALES = Object.freeze({ fr: 'fr-FR', en: 'en-GB' });

/**
 * An amount given as a decimal string ("1234.50") in its currency. The string goes to Intl as it
 * is, so no digit is lost to floating point.
 */
export function formatMoney(amount, currency, language) {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(amount);
}

/** A calendar date given as ISO-8601 ("2026-03-31"), the same day wherever the browser is. */
export function formatDate(isoDate, language) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day)));
}
