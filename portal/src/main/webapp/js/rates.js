// The rate tables, for administrators: every dated percentage of the law with its legal reference,
// the kinds no row covers today, and the form that adds a row. Refusals show next to their field
// and in a summary, in the page's language; stored text is shown as text.
import { ApiError, graphql } from './api.js';
import { element } from './dom.js';
import {
  clearProblems as clearFormProblems, showProblems as showFormProblems,
} from './form-problems.js';
import {
  catalogues, currentLanguage, errorKey, localise, onLanguageChange, setMessage,
} from './i18n.js';
import { startPage } from './layout.js';
import {
  RATE_KINDS, check, fieldOf, formatPercent, overlappingRow, readValues, toInput,
} from './rates-input.js';

const RATE_TABLES = `
  query LawRateTables {
    lawRates { kind validFrom validTo percent legalReference verified note }
    lawTableGaps { on rateKinds termKinds periodKinds }
  }`;

const ADD_LAW_RATE = `
  mutation AddLawRate($input: AddLawRateInput!) {
    addLawRate(input: $input) {
      rate { kind validFrom validTo percent }
      closedRate { kind validFrom validTo }
      userErrors { field message code }
    }
  }`;

let storedRows = [];

startPage({ page: 'rates', returnPage: 'rates.html', requiresSignIn: true, render: showPage });

async function showPage() {
  const form = document.getElementById('rate-form');
  fillKinds(form.elements.kind);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form);
  });
  onLanguageChange(showFigures);
  await load();
}

async function load() {
  const status = document.getElementById('rates-status');
  setMessage(status, 'rates.loading');
  status.classList.remove('error');
  try {
    const data = await graphql(RATE_TABLES);
    storedRows = data.lawRates;
    showGaps(data.lawTableGaps);
    showTables(storedRows);
    status.textContent = '';
    delete status.dataset.i18n;
  } catch (error) {
    setMessage(status, errorKey(error instanceof ApiError ? error.code : 'unexpected'));
    status.classList.add('error');
  }
  localise(document.getElementById('main'));
  showFigures();
}

function fillKinds(select) {
  select.replaceChildren(
    element('option', { value: '', 'data-i18n': 'rates.form.kind.choose' }),
    ...RATE_KINDS.map((kind) =>
      element('option', { value: kind, 'data-i18n': `lawKind.${kind}` })));
}

function showGaps(gaps) {
  const section = document.getElementById('rates-gaps');
  const kinds = [...gaps.rateKinds, ...gaps.termKinds, ...gaps.periodKinds];
  section.hidden = kinds.length === 0;
  document.getElementById('rates-gaps-heading').replaceChildren(
    element('span', { 'data-i18n': 'rates.gaps.heading' }), ' ',
    element('time', { datetime: gaps.on, 'data-date': gaps.on }));
  document.getElementById('rates-gaps-list').replaceChildren(
    ...kinds.map((kind) => element('li', { 'data-i18n': `lawKind.${kind}` })));
}

function showTables(rows) {
  document.getElementById('rate-tables').replaceChildren(...RATE_KINDS.map((kind, index) =>
    kindSection(kind, index, rows.filter((row) => row.kind === kind))));
}

function kindSection(kind, index, rows) {
  const headingId = `rate-kind-${index}`;
  const content = rows.length === 0
    ? element('p', { 'data-i18n': 'rates.table.none' })
    : element('div', { class: 'table-scroll' }, rateTable(headingId, rows));
  return element('section', { class: 'panel rate-kind', 'aria-labelledby': headingId,
    'data-kind': kind },
  element('h2', { id: headingId, 'data-i18n': `lawKind.${kind}` }), content);
}

function rateTable(headingId, rows) {
  const columns = ['from', 'to', 'percent', 'legalReference', 'verified', 'note'];
  return element('table', { class: 'rate-rows', 'aria-labelledby': headingId },
    element('thead', {}, element('tr', {}, ...columns.map((column) =>
      element('th', { scope: 'col', 'data-i18n': `rates.table.${column}` })))),
    element('tbody', {}, ...rows.map(rateRow)));
}

function rateRow(row) {
  return element('tr', { 'data-valid-from': row.validFrom },
    element('td', {}, day(row.validFrom)),
    element('td', {}, row.validTo ? day(row.validTo)
      : element('span', { 'data-i18n': 'rates.table.inForce' })),
    element('td', { class: 'figure', 'data-percent': row.percent }, row.percent),
    element('td', { class: 'reference' }, row.legalReference),
    element('td', {}, element('span', {
      class: `badge ${row.verified ? 'verified' : 'to-verify'}`,
      'data-i18n': row.verified ? 'rates.table.checked' : 'rates.table.toVerify',
    })),
    element('td', { class: 'note' }, row.note));
}

function day(isoDate) {
  return element('time', { datetime: isoDate, 'data-date': isoDate });
}

function showFigures() {
  for (const cell of document.querySelectorAll('[data-percent]')) {
    cell.textContent = formatPercent(cell.dataset.percent, currentLanguage());
  }
}

async function submit(form) {
  const fields = form.elements;
  const values = readValues({
    kind: fields.kind.value,
    validFrom: fields.validFrom.value,
    validTo: fields.validTo.value,
    percent: fields.percent.value,
    legalReference: fields.legalReference.value,
    note: fields.note.value,
    verified: fields.verified.checked,
    closePrevious: fields.closePrevious.checked,
  });
  const problems = check(values);
  if (problems.length > 0) {
    showProblems(form, problems);
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  setMessage(button, 'rates.form.submitting');
  try {
    const { addLawRate } = await graphql(ADD_LAW_RATE, { input: toInput(values) });
    if (addLawRate.userErrors.length > 0) {
      showProblems(form, addLawRate.userErrors.map((error) =>
        ({ field: fieldOf(error), code: error.code, values })));
    } else {
      await showAdded(form);
    }
  } catch (error) {
    const code = error instanceof ApiError ? error.code : 'unexpected';
    showProblems(form, [{ field: null, code }]);
  } finally {
    button.disabled = false;
    setMessage(button, 'rates.form.submit');
  }
}

/** The message of a refusal on a field: the page's own wording first, the portal's otherwise. */
function problemKey({ field, code, values }) {
  if (code === 'OVERLAPPING_ROW' && values) {
    const row = overlappingRow(storedRows, values);
    const closable = row && row.validTo === null && row.validFrom < values.validFrom;
    return closable ? 'rates.errors.OVERLAPPING_ROW.open' : 'rates.errors.OVERLAPPING_ROW';
  }
  for (const key of [`rates.errors.${field}.${code}`, `rates.errors.${code}`]) {
    if (Object.hasOwn(catalogues.en, key)) {
      return key;
    }
  }
  return errorKey(code);
}

function showProblems(form, problems) {
  document.getElementById('rate-added').hidden = true;
  showFormProblems(form, document.getElementById('rate-errors'),
    problems.map((problem) => ({ field: problem.field, key: problemKey(problem) })));
}

async function showAdded(form) {
  clearFormProblems(form, document.getElementById('rate-errors'));
  form.reset();
  await load();
  const added = document.getElementById('rate-added');
  setMessage(added, 'rates.form.added');
  added.hidden = false;
  added.focus();
}
