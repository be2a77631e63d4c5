import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  RATE_KINDS, check, fieldOf, formatPercent, isDay, normalisePercent, overlappingRow, readValues,
  toInput,
} from '../../main/webapp/js/rates-input.js';

const valid = () => readValues({
  kind: 'ECB_MAIN_REFINANCING', validFrom: '2031-07-01', validTo: '2031-12-31', percent: '6,54',
  legalReference: ' Test ', note: '', verified: false, closePrevious: false,
});

test('reads a rate the way people write it', () => {
  assert.equal(normalisePercent('2,15'), '2.15');
  assert.equal(normalisePercent(' 2.15 % '), '2.15');
  assert.equal(normalisePercent('2,15\u202f%'), '2.15');
  assert.equal(valid().percent, '6.54');
  assert.equal(valid().legalReference, 'Test');
});

test('accepts real calendar days only', () => {
  assert.ok(isDay('2028-02-29'));
  assert.ok(!isDay('2027-02-29'));
  assert.ok(!isDay('2027-13-01'));
  assert.ok(!isDay('01/07/2031'));
});

test('a valid row has no problem and becomes the API input', () => {
  assert.deepEqual(check(valid()), []);
  assert.deepEqual(toInput(valid()), {
    kind: 'ECB_MAIN_REFINANCING', validFrom: '2031-07-01', validTo: '2031-12-31',
    percent: '6.54', legalReference: 'Test', verified: false, note: null, closePrevious: false,
  });
  assert.equal(toInput({ ...valid(), validTo: '' }).validTo, null);
});

test('names each problem on its field', () => {
  const problems = check(readValues({
    kind: '', validFrom: '2031-07-01', validTo: '2031-06-30', percent: '215', legalReference: ' ',
  }));
  assert.deepEqual(problems, [
    { field: 'kind', code: 'REQUIRED' },
    { field: 'validTo', code: 'DATE_ORDER' },
    { field: 'percent', code: 'OUT_OF_RANGE' },
    { field: 'legalReference', code: 'REQUIRED' },
  ]);
  assert.deepEqual(check({ ...valid(), validFrom: '', percent: 'two' }), [
    { field: 'validFrom', code: 'REQUIRED' },
    { field: 'percent', code: 'INVALID_FORMAT' },
  ]);
  assert.deepEqual(check({ ...valid(), percent: '2.12345' }),
    [{ field: 'percent', code: 'INVALID_FORMAT' }]);
});

test('places a server refusal on the field its path ends with', () => {
  assert.equal(fieldOf({ field: ['input', 'validFrom'] }), 'validFrom');
  assert.equal(fieldOf({ field: ['input', 'somethingElse'] }), null);
  assert.equal(fieldOf({}), null);
});

test('finds the stored row a new one overlaps', () => {
  const rows = [
    { kind: 'ECB_MAIN_REFINANCING', validFrom: '2026-01-01', validTo: '2026-06-30' },
    { kind: 'LATE_PAYMENT_MARGIN', validFrom: '2024-01-01', validTo: null },
  ];
  assert.equal(overlappingRow(rows, { ...valid(), validFrom: '2026-06-01' }), rows[0]);
  assert.equal(overlappingRow(rows, valid()), null);
  assert.equal(overlappingRow(rows,
    { kind: 'LATE_PAYMENT_MARGIN', validFrom: '2031-01-01', validTo: '' }), rows[1]);
});

test('writes a rate as each language does, keeping its decimals', () => {
  assert.equal(formatPercent('2.15', 'en'), '2.15%');
  assert.equal(formatPercent('2.15', 'fr').replace(/\s/g, ' '), '2,15 %');
  assert.equal(formatPercent('10.00', 'en'), '10.00%');
  assert.equal(formatPercent('0.125', 'en'), '0.125%');
});

test('offers the six kinds of rate of the law tables', () => {
  assert.equal(RATE_KINDS.length, 6);
});
