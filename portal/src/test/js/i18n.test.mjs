import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseLanguage, errorKey, otherLanguage, translate } from '../../main/webapp/js/i18n.js';

test('a stored choice wins over the browser', () => {
  assert.equal(chooseLanguage('en', ['fr-FR', 'fr']), 'en');
});

test('the first browser language the portal has is chosen', () => {
  assert.equal(chooseLanguage(null, ['de-DE', 'en-US', 'fr']), 'en');
  assert.equal(chooseLanguage(null, ['fr-CA']), 'fr');
  assert.equal(chooseLanguage('xx', ['EN']), 'en');
});

test('French when the browser offers neither', () => {
  assert.equal(chooseLanguage(null, ['de', 'it']), 'fr');
  assert.equal(chooseLanguage(undefined, []), 'fr');
});

test('placeholders are filled as given, markup included, for the page to insert as text', () => {
  assert.equal(translate('en', 'landing.welcome', { name: '<b>Ana</b>' }), 'Welcome, <b>Ana</b>');
  assert.equal(translate('fr', 'files.file.heading', { name: 'Zoé' }), 'Dossier : Zoé');
});

test('an unknown key is a mistake, not a blank', () => {
  assert.throws(() => translate('en', 'no.such.key'));
});

test('the switch offers the other language', () => {
  assert.equal(otherLanguage('fr'), 'en');
  assert.equal(otherLanguage('en'), 'fr');
});

test('an error code without its own message gets the generic one', () => {
  assert.equal(errorKey('ALREADY_CLAIMED'), 'errors.ALREADY_CLAIMED');
  assert.equal(errorKey('QUERY_TOO_DEEP'), 'errors.unexpected');
  assert.equal(errorKey('toString'), 'errors.unexpected');
});
