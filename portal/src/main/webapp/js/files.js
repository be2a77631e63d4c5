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
      fact('debt.dueOn', element('time', { datetime: node.dueOn, 'data-date': node.dueOn }))));
}

function fact(labelKey, value) {
  return element('div', {}, element('dt', { 'data-i18n': labelKey }), element('dd', {}, value));
}
