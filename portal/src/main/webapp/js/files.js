// My files: every file (debtor record) the signed-in person has claimed, each with its debts.
import { ApiError, graphql } from './api.js';
import { element } from './dom.js';
import { errorKey, localise, setMessage } from './i18n.js';
import { startPage } from './layout.js';

const MY_FILES = `
  query MyFiles {
    viewer {
      subject
      claimedDebtors {
        id name
        debts(first: 20) {
          edges { node {
            id externalReference description balance { amount currency } dueOn status
            itemisedBalance {
              asOf complete accruedThrough due { amount currency }
              lines {
                part charged { amount currency } paid { amount currency }
                credited { amount currency } settled { amount currency }
                writtenOff { amount currency } due { amount currency }
              }
            }
          } }
          pageInfo { hasNextPage }
        }
      }
    }
  }`;

startPage({ page: 'files', returnPage: 'files.html', requiresSignIn: true, render: showFiles });

async function showFiles() {
  const status = document.getElementById('files-status');
  const container = document.getElementById('files');
  setMessage(status, 'files.loading');
  try {
    const { viewer } = await graphql(MY_FILES);
    const files = viewer.claimedDebtors;
    container.replaceChildren(...(files.length > 0 ? files.map(file) : [noFile()]));
    status.textContent = '';
    delete status.dataset.i18n;
  } catch (error) {
    setMessage(status, errorKey(error instanceof ApiError ? error.code : 'unexpected'));
    status.classList.add('error');
  }
  localise(container);
}

function noFile() {
  return element('div', { class: 'panel empty' },
    element('p', { 'data-i18n': 'files.empty' }),
    element('p', {}, element('a', { class: 'button primary', href: 'claim.html',
      'data-i18n': 'files.emptyAction' })));
}

function file(debtor, index) {
  const headingId = `file-${index}`;
  const debts = debtor.debts.edges.map((edge) => debt(edge.node));
  return element('section', { class: 'file', 'aria-labelledby': headingId },
    setMessage(element('h2', { id: headingId }), 'files.file.heading', { name: debtor.name }),
    debts.length > 0
      ? element('ul', { class: 'debts' }, ...debts)
      : element('p', { 'data-i18n': 'files.noDebts' }),
    debtor.debts.pageInfo?.hasNextPage ? element('p', { class: 'hint', 'data-i18n': 'files.more' })
      : null);
}

function debt(node) {
  const status = element('span', { class: `badge status-${node.status.toLowerCase()}`,
    'data-i18n': `debt.status.${node.status}` });
  return element('li', { class: 'debt' },
    element('div', { class: 'debt-head' },
      setMessage(element('h3'), 'debt.heading', { reference: node.externalReference }), status),
    node.description ? element('p', { class: 'debt-description' }, node.description) : null,
    element('dl', { class: 'facts' },
      fact('debt.balance', element('span', { class: 'amount', 'data-money': node.balance.amount,
        'data-currency': node.balance.currency })),
      fact('debt.dueOn', element('time', { datetime: node.dueOn, 'data-date': node.dueOn }))),
    node.itemisedBalance ? itemised(node.itemisedBalance, node.externalReference) : null);
}

// The parts a debt may be made of, in the order a statement lists them.
const PARTS = ['PRINCIPAL', 'INTEREST', 'PENALTIES', 'INDEMNITY'];
// What may have been taken off each part, each shown only when it is not zero.
const REDUCTIONS = ['paid', 'credited', 'settled', 'writtenOff'];

/** The balance part by part, in plain words, with what was taken off and what remains. */
function itemised(balance, reference) {
  const rows = [];
  for (const part of PARTS) {
    const line = balance.lines.find((candidate) => candidate.part === part);
    if (!line || (isZero(line.charged) && isZero(line.due))) {
      continue;
    }
    rows.push(row(`balance.part.${part}`, line.charged, `balance.explain.${part}`));
    for (const reduction of REDUCTIONS) {
      if (!isZero(line[reduction])) {
        rows.push(row(`balance.${reduction}`, negative(line[reduction])));
      }
    }
  }
  rows.push(totalRow(balance.due));
  const caption = setMessage(element('caption'), 'balance.caption', { reference });
  const table = element('table', { class: 'itemised' }, caption,
    element('thead', {}, element('tr', {},
      element('th', { scope: 'col', 'data-i18n': 'balance.column.item' }),
      element('th', { scope: 'col', class: 'amount', 'data-i18n': 'balance.column.amount' }))),
    element('tbody', {}, ...rows));
  return element('div', { class: 'itemised-balance' },
    element('p', { class: 'hint' }, element('span', { 'data-i18n': 'balance.asOf' }), ' ',
      element('time', { datetime: balance.asOf, 'data-date': balance.asOf })),
    table,
    balance.complete ? null : incomplete(balance.accruedThrough));
}

function row(labelKey, money, explanationKey) {
  const label = element('th', { scope: 'row' }, element('span', { 'data-i18n': labelKey }));
  if (explanationKey) {
    label.append(element('span', { class: 'explain', 'data-i18n': explanationKey }));
  }
  return element('tr', {}, label, element('td', { class: 'amount' }, amount(money)));
}

function totalRow(money) {
  return element('tr', { class: 'total' },
    element('th', { scope: 'row', 'data-i18n': 'balance.due' }),
    element('td', { class: 'amount' }, amount(money)));
}

/** Counting stopped at a day: the rate for the days after is not published in Recouvra yet. */
function incomplete(through) {
  return element('p', { class: 'notice', role: 'note' },
    element('span', { 'data-i18n': 'balance.incomplete' }), ' ',
    through ? element('time', { datetime: through, 'data-date': through }) : null);
}

function amount(money) {
  return element('span', { 'data-money': money.amount, 'data-currency': money.currency });
}

function negative(money) {
  return { amount: `-${money.amount}`, currency: money.currency };
}

function isZero(money) {
  return Number(money.amount) === 0;
}

function fact(labelKey, value) {
  return element('div', {}, element('dt', { 'data-i18n': labelKey }), element('dd', {}, value));
}
