import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import en from '../../main/webapp/js/messages/en.js';
import fr from '../../main/webapp/js/messages/fr.js';

const WEBAPP = new URL('../../main/webapp/', import.meta.url);
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test('French and English have the same messages', () => {
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
});

test('no message is empty or left untranslated', () => {
  for (const key of Object.keys(en)) {
    assert.ok(en[key].trim().length > 0, `en ${key} is empty`);
    assert.ok(fr[key].trim().length > 0, `fr ${key} is empty`);
  }
  const same = Object.keys(en).filter((key) => en[key] === fr[key] && !en[key].startsWith('{'));
  assert.deepEqual(same, []);
});

test('each message has the same placeholders in both languages', () => {
  for (const key of Object.keys(en)) {
    assert.deepEqual(placeholders(fr[key]), placeholders(en[key]), key);
  }
});

test('every key a page names exists', () => {
  const pages = readdirSync(WEBAPP).filter((name) => name.endsWith('.html'));
  const scripts = readdirSync(new URL('js/', WEBAPP)).filter((name) => name.endsWith('.js'))
    .map((name) => `js/${name}`);
  const named = new Set();
  for (const name of [...pages, ...scripts]) {
    const text = readFileSync(new URL(name, WEBAPP), 'utf8');
    for (const match of text.matchAll(/data-i18n(?:'|")?\s*[:=]\s*['"]([\w.]+)['"]/g)) {
      named.add(match[1]);
    }
    for (const match of text.matchAll(/setMessage\([^,]+,\s*'([\w.]+)'/g)) {
      named.add(match[1]);
    }
  }
  assert.ok(named.size > 30, `only ${named.size} keys found: the scan is broken`);
  const missing = [...named].filter((key) => !Object.hasOwn(en, key));
  assert.deepEqual(missing, []);
});

test('the claim refusals the API names have their own message', () => {
  for (const code of ['INVALID_ACCESS_CODE', 'TOO_MANY_ATTEMPTS', 'ALREADY_CLAIMED']) {
    assert.ok(Object.hasOwn(en, `errors.${code}`), code);
    assert.notEqual(fr[`errors.${code}`], fr['errors.unexpected']);
  }
});
