// Limitation alerts, for credit controllers: the creditor's open debts whose last day to act is
// near, and for one debt the steps that set that day, in plain words.
import { ApiError, graphql } from './api.js';
import { element } from './dom.js';
import { errorKey, localise, setMessage } from './i18n.js';
import { startPage } from './layout.js';

const ALERTS = `
  query LimitationQueue {
    creditor { limitationAlertDays }
    limitationAlerts(first: 100) {
      edges { node {
        debt { id externalReference debtor { name } }
        lastDayToAct daysLeft alertOn due
      } }
      pageInfo { hasNextPage }
    }
  }`;

const LIMITATION = `
  query DebtLimitation($id: ID!) {
    debt(id: $id) {
      externalReference
      limitation {
        state lastDayToAct limitedFrom limited alertOn
        period { kind regime length legalReference verified }
        steps { on cause effect lastDayAfter reason }
      }
    }
  }`;

startPage({
  page: 'limitation', returnPage: 'limitation.html', requiresSignIn: true, render: showAlerts,
});

async function showAlerts() {
  const status = document.getElementById('alerts-status');
  const container = document.getElementById('alerts');
  setMessage(status, 'limitation.loading');
  try {
    const data = await graphql(ALERTS);
    const days = data.creditor?.limitationAlertDays ?? 90;
    const alerts = data.limitationAlerts.edges.map((edge) => edge.node);
    container.replaceChildren(alerts.length > 0 ? queue(alerts, days) : empty(days),
      data.limitationAlerts.pageInfo.hasNextPage
        ? element('p', { class: 'hint', 'data-i18n': 'limitation.more' }) : '');
    status.textContent = '';
    delete status.dataset.i18n;
  } catch (error) {
    showError(status, error);
  }
  localise(container);
}

function empty(days) {
  return setMessage(element('p', { class: 'panel empty' }), 'limitation.empty',
    { days: String(days) });
}

function queue(alerts, days) {
  const caption = setMessage(element('caption'), 'limitation.caption', { days: String(days) });
  const head = element('tr', {}, ...['reference', 'debtor', 'lastDay', 'daysLeft', 'alertOn', 'due']
    .map((column) => element('th', { scope: 'col', 'data-i18n': `limitation.column.${column}` })));
  return element('div', { class: 'table-scroll', tabindex: '0', role: 'region',
    'aria-labelledby': 'alerts-caption' },
  element('table', { class: 'alerts' }, Object.assign(caption, { id: 'alerts-caption' }),
    element('thead', {}, head), element('tbody', {}, ...alerts.map(row))));
}

function row(alert) {
  const open = element('button', { type: 'button', class: 'button link',
    'aria-controls': 'limitation-detail' }, alert.debt.externalReference);
  open.addEventListener('click', () => showLimitation(alert.debt.id));
  return element('tr', { 'data-debt': alert.debt.id },
    element('th', { scope: 'row' }, open),
    element('td', {}, alert.debt.debtor.name),
    element('td', {}, date(alert.lastDayToAct)),
    element('td', { class: 'number' }, String(alert.daysLeft)),
    element('td', {}, date(alert.alertOn)),
    element('td', {}, element('span', {
      class: `badge ${alert.due ? 'status-due' : 'status-open'}`,
      'data-i18n': alert.due ? 'limitation.due.yes' : 'limitation.due.no',
    })));
}

async function showLimitation(id) {
  const section = document.getElementById('limitation-detail');
  const heading = document.getElementById('detail-heading');
  const body = document.getElementById('detail-body');
  section.hidden = false;
  setMessage(heading, 'limitation.detail.loading');
  body.replaceChildren();
  try {
    const { debt } = await graphql(LIMITATION, { id });
    setMessage(heading, 'limitation.detail.heading', { reference: debt.externalReference });
    body.replaceChildren(...(debt.limitation ? explanation(debt.limitation)
      : [element('p', { 'data-i18n': 'limitation.detail.unknown' })]));
  } catch (error) {
    const message = element('p', { class: 'status error' });
    showError(message, error);
    body.replaceChildren(message);
  }
  localise(section);
  heading.focus();
}

function explanation(limitation) {
  const period = limitation.period;
  const length = /^P(\d+)Y$/.exec(period.length);
  const months = /^P(\d+)M$/.exec(period.length);
  const lengthText = length
    ? setMessage(element('span'), 'limitation.period.years', { count: length[1] })
    : setMessage(element('span'), 'limitation.period.months',
      { count: months ? months[1] : period.length });
  const facts = element('dl', { class: 'facts' },
    fact('limitation.fact.state', element('span', {
      'data-i18n': limitation.limited ? 'limitation.state.LIMITED'
        : `limitation.state.${limitation.state}`,
    })),
    limitation.lastDayToAct ? fact('limitation.fact.lastDay', date(limitation.lastDayToAct)) : null,
    limitation.limitedFrom ? fact('limitation.fact.limitedFrom', date(limitation.limitedFrom))
      : null,
    limitation.alertOn ? fact('limitation.fact.alertOn', date(limitation.alertOn)) : null);
  const periodLine = element('p', {},
    element('span', { 'data-i18n': 'limitation.period.label' }), ' ', lengthText, ', ',
    element('span', { 'data-i18n': `limitation.regime.${period.regime}` }), ' (',
    element('span', { lang: 'fr' }, period.legalReference), ')',
    period.verified ? '' : element('span', { 'data-i18n': 'limitation.period.unverified' }), '.');
  const steps = element('ol', { class: 'limitation-steps' }, ...limitation.steps.map(step));
  return [facts, periodLine, element('h3', { 'data-i18n': 'limitation.steps.heading' }), steps];
}

function step(item) {
  const cause = causeKey(item.cause);
  const after = item.lastDayAfter
    ? element('span', {}, element('span', { 'data-i18n': 'limitation.step.after' }), ' ',
      date(item.lastDayAfter))
    : element('span', { 'data-i18n': 'limitation.step.noDay' });
  return element('li', { 'data-effect': item.effect },
    element('p', {}, date(item.on), ' — ',
      element('span', { class: 'cause', 'data-i18n': cause }),
      element('span', { 'data-i18n': 'limitation.step.separator' }),
      element('span', { class: 'effect', 'data-i18n': `limitation.effect.${item.effect}` })),
    element('p', { class: 'hint' }, after),
    element('p', { class: 'hint', lang: 'en' }, item.reason));
}

function causeKey(cause) {
  if (cause === 'exigible') {
    return 'limitation.cause.exigible';
  }
  if (cause === 'long stop') {
    return 'limitation.cause.longStop';
  }
  return `limitation.kind.${cause}`;
}

function date(iso) {
  return element('time', { datetime: iso, 'data-date': iso });
}

function fact(labelKey, value) {
  return element('div', {}, element('dt', { 'data-i18n': labelKey }), element('dd', {}, value));
}

function showError(target, error) {
  setMessage(target, errorKey(error instanceof ApiError ? error.code : 'unexpected'));
  target.classList.add('error');
}
