import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatMoney } from '../../main/webapp/js/formats.js';

test('amounts are written the French way in French', () => {
  assert.equal(formatMoney('1234.50', 'EUR', 'fr'), '1\u202f234,50\u00a0€');
});

test('amounts are written the English way in English', () => {
  assert.equal(formatMoney('1234.50', 'EUR', 'en'), '€1,234.50');
});

test('large amounts keep every digit', () => {
  assert.equal(formatMoney('90071992547409.93', 'EUR', 'en'), '€90,071,992,547,409.93');
});

test('a due date is the same calendar day in every time zone', () => {
  assert.equal(formatDate('2026-03-01', 'fr'), '1 mars 2026');
  assert.equal(formatDate('2026-12-31', 'en'), '31 December 2026');
});
