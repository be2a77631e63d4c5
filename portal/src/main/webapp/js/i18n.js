// Languages of the portal: French and English, chosen from the browser and switchable.
// Text goes into the page only through textContent and attributes, never as markup.
import en from './messages/en.js';
import fr from './messages/fr.js';
import { formatDate, formatMoney } from './formats.js';

export const catalogues = Object.freeze({ fr, en });
export const LANGUAGES = Object.freeze(['fr', 'en']);
const FALLBACK = 'fr';
const STORAGE_KEY = 'recouvra.language';

/** The stored choice if any, else the first browser language we have, else French. */
export function chooseLanguage(stored, preferred = []) {
  if (LANGUAGES.includes(stored)) {
    return stored;
  }
  for (const tag of preferred) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(primary)) {
      return primary;
    }
  }
  return FALLBACK;
}

/** The message under key in language, with {placeholders} filled as plain text. */
export function translate(language, key, params = {}) {
  const template = catalogues[language]?.[key];
  if (template === undefined) {
    throw new Error(`No message ${key} in ${language}`);
  }
  return template.replace(/\{(\w+)\}/g, (match, name) =>
    Object.hasOwn(params, name) ? String(params[name]) : match);
}

/** The other language, offered by the switch. */
export function otherLanguage(language) {
  return language === 'fr' ? 'en' : 'fr';
}

let current = FALLBACK;
const listeners = [];

export function currentLanguage() {
  return current;
}

/** This page's message in the current language. */
export function t(key, params) {
  return translate(current, key, params);
}

/** Chooses the language at page start and localises the page. */
export function startLanguage() {
  current = chooseLanguage(readStored(), navigator.languages ?? [navigator.language]);
  localise(document);
}

/** Switches language, remembers the choice and localises the page again. */
export function switchLanguage(language) {
  current = chooseLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
  localise(document);
  listeners.forEach((listener) => listener(current));
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

/**
 * Marks an element for translation: its text becomes the message under key, with params, and
 * follows every language switch.
 */
export function setMessage(element, key, params) {
  element.dataset.i18n = key;
  if (params) {
    element.dataset.i18nParams = JSON.stringify(params);
  } else {
    delete element.dataset.i18nParams;
  }
  element.textContent = t(key, params);
  return element;
}

/** Sets the text of every marked element under root, and the page's lang. */
export function localise(root) {
  document.documentElement.lang = current;
  for (const element of root.querySelectorAll('[data-i18n]')) {
    const params = element.dataset.i18nParams ? JSON.parse(element.dataset.i18nParams) : undefined;
    element.textContent = t(element.dataset.i18n, params);
  }
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':');
      element.setAttribute(attribute.trim(), t(key.trim()));
    }
  }
  for (const element of root.querySelectorAll('[data-money]')) {
    element.textContent = formatMoney(element.dataset.money, element.dataset.currency, current);
  }
  for (const element of root.querySelectorAll('[data-date]')) {
    element.textContent = formatDate(element.dataset.date, current);
  }
}

function readStored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The message key for an error code: its own message, or the generic one. */
export function errorKey(code) {
  const key = `errors.${code}`;
  return Object.hasOwn(catalogues[FALLBACK], key) ? key : 'errors.unexpected';
}
