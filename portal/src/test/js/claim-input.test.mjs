import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  check, fieldOf, normaliseAccessCode, normaliseReference,
} from '../../main/webapp/js/claim-input.js';

test('a reference is read without spaces and in capitals', () => {
  assert.equal(normaliseReference(' rf18 5390 0754 7034 '), 'RF18539007547034');
});

test('an access code is read without spaces or dashes and in capitals', () => {
  assert.equal(normaliseAccessCode('abcd-efgh – jkmn'), 'ABCDEFGHJKMN');
});

test('well-formed input passes', () => {
  assert.deepEqual(check({ reference: 'RF18539007547034', accessCode: 'ABCDEFGHJKMN' }), []);
});

test('empty fields are required', () => {
  assert.deepEqual(check({ reference: '', accessCode: '' }), [
    { field: 'reference', code: 'REQUIRED' },
    { field: 'accessCode', code: 'REQUIRED' },
  ]);
});

test('malformed input is refused before asking the server', () => {
  assert.deepEqual(check({ reference: 'FR7630006', accessCode: 'ABCDEFGHJKM0' }), [
    { field: 'reference', code: 'INVALID_FORMAT' },
    { field: 'accessCode', code: 'INVALID_FORMAT' },
  ]);
});

test('a server refusal goes to the field its path ends with', () => {
  assert.equal(fieldOf({ field: ['input', 'accessCode'], code: 'INVALID_ACCESS_CODE' }), 'accessCode');
  assert.equal(fieldOf({ field: ['input', 'reference'] }), 'reference');
  assert.equal(fieldOf({ field: ['input'] }), null);
  assert.equal(fieldOf({ field: [] }), null);
});
