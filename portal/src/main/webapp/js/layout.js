// What every page shares: language, header with navigation and account, footer, sign-in state.
// A page calls startPage once; the page is marked ready (html[data-ready]) when it has rendered.
import { element } from './dom.js';
import {
  catalogues, currentLanguage, localise, otherLanguage, setMessage, startLanguage, switchLanguage,
} from './i18n.js';
import { register, signIn, signOut, startSession } from './session.js';

const NAVIGATION = [
  { href: './', key: 'nav.home', page: 'landing' },
  { href: 'files.html', key: 'nav.files', page: 'files' },
  { href: 'claim.html', key: 'nav.claim', page: 'claim' },
  { href: 'limitation.html', key: 'nav.limitation', page: 'limitation', role: 'credit-controller' },
  { href: 'rates.html', key: 'nav.rates', page: 'rates', role: 'admin' },
];

/**
 * Starts a page: page names it in the navigation, returnPage is where sign-in comes back to,
 * requiresSignIn swaps [data-signed-in-only] content for a sign-in prompt when nobody is signed
 * in, render(session) draws the page's own content.
 */
export async function startPage({ page, returnPage, requiresSignIn = false, render }) {
  startLanguage();
  const header = document.getElementById('site-header');
  header.replaceChildren(...headerContent(page));
  document.getElementById('site-footer').replaceChildren(footerContent());
  wireActions(document, returnPage);
  localise(document);

  const session = await startSession();
  showAccount(header.querySelector('.account'), session, returnPage);
  showLinksFor(header.querySelector('.site-nav ul'), session, page);
  showUnavailableNotice(session);
  const signedInOnly = document.querySelectorAll('[data-signed-in-only]');
  if (requiresSignIn && !session.signedIn) {
    signedInOnly.forEach((section) => section.remove());
    document.getElementById('main').append(signInPrompt(returnPage));
  } else {
    signedInOnly.forEach((section) => section.removeAttribute('hidden'));
    await render?.(session);
  }
  localise(document);
  document.documentElement.dataset.ready = 'true';
}

/** Makes every [data-action] button under root do its job (sign-in, register, sign-out). */
export function wireActions(root, returnPage) {
  const actions = {
    'sign-in': () => signIn(returnPage),
    register: () => register(returnPage),
    'sign-out': () => signOut(),
  };
  for (const button of root.querySelectorAll('[data-action]')) {
    button.addEventListener('click', () => actions[button.dataset.action]?.());
  }
}

function navigationLink({ href, key, page: target }, page) {
  return element('li', {}, element('a', {
    href, 'data-i18n': key, 'aria-current': target === page ? 'page' : null,
  }));
}

/** Adds the links of pages for a role (the administrators' rate tables) once signed in with it. */
function showLinksFor(list, session, page) {
  const roles = session.roles ?? [];
  list.append(...NAVIGATION.filter((link) => link.role && roles.includes(link.role))
    .map((link) => navigationLink(link, page)));
}

function headerContent(page) {
  const brand = element('a', { class: 'brand', href: './' }, 'Recouvra');
  const links = NAVIGATION.filter((link) => !link.role).map((link) => navigationLink(link, page));
  const navigation = element('nav', { class: 'site-nav', 'data-i18n-attr': 'aria-label:nav.label' },
    element('ul', {}, ...links));
  const account = element('div', { class: 'account' });
  const tools = element('div', { class: 'tools' }, languageSwitch(), account);
  return [element('div', { class: 'bar' }, brand, tools), navigation];
}

function languageSwitch() {
  const button = element('button', { type: 'button', class: 'language-switch' });
  const label = () => {
    const other = otherLanguage(currentLanguage());
    button.lang = other;
    button.textContent = catalogues[other]['language.name'];
  };
  label();
  button.addEventListener('click', () => {
    switchLanguage(otherLanguage(currentLanguage()));
    label();
  });
  return button;
}

function showAccount(container, session, returnPage) {
  if (session.signedIn) {
    const name = setMessage(element('span', { class: 'account-name' }), 'account.signedInAs',
      { name: session.name });
    const out = element('button', { type: 'button', class: 'button link', 'data-action': 'sign-out',
      'data-i18n': 'account.signOut' });
    container.replaceChildren(name, out);
  } else {
    container.replaceChildren(element('button', { type: 'button', class: 'button small',
      'data-action': 'sign-in', 'data-i18n': 'account.signIn' }));
  }
  wireActions(container, returnPage);
}

function showUnavailableNotice(session) {
  if (!session.unavailable) {
    return;
  }
  const notice = element('p', { class: 'notice', role: 'status', 'data-i18n': 'session.unavailable' });
  document.getElementById('main').prepend(notice);
}

function signInPrompt(returnPage) {
  const prompt = element('section', { class: 'panel', 'aria-labelledby': 'sign-in-needed' },
    element('h2', { id: 'sign-in-needed', 'data-i18n': 'signInNeeded.heading' }),
    element('p', { 'data-i18n': 'signInNeeded.text' }),
    element('p', { class: 'actions' },
      element('button', { type: 'button', class: 'button primary', 'data-action': 'sign-in',
        'data-i18n': 'account.signIn' }),
      element('button', { type: 'button', class: 'button secondary', 'data-action': 'register',
        'data-i18n': 'account.register' })));
  wireActions(prompt, returnPage);
  return prompt;
}

function footerContent() {
  return element('p', { 'data-i18n': 'footer.text' });
}
