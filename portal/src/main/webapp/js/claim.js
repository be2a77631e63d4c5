// Claim a file: the payment reference and the access code printed on the letter link the signed-in
// person to that file. Refusals show next to their field and in a summary, in the page's language.
import { ApiError, graphql } from './api.js';
import { check, fieldOf, normaliseAccessCode, normaliseReference } from './claim-input.js';
import { element } from './dom.js';
import { errorKey, setMessage } from './i18n.js';
import { startPage } from './layout.js';

const CLAIM_FILE = `
  mutation ClaimFile($reference: String!, $accessCode: String!) {
    claimFile(input: { reference: $reference, accessCode: $accessCode }) {
      debtor { id name }
      userErrors { field message code }
    }
  }`;

startPage({ page: 'claim', returnPage: 'claim.html', requiresSignIn: true, render: wireForm });

function wireForm() {
  const form = document.getElementById('claim-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form);
  });
  document.getElementById('claim-another').addEventListener('click', () => startAgain(form));
}

async function submit(form) {
  const values = {
    reference: normaliseReference(form.elements.reference.value),
    accessCode: normaliseAccessCode(form.elements.accessCode.value),
  };
  const problems = check(values);
  if (problems.length > 0) {
    showProblems(form, problems);
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  setMessage(button, 'claim.submitting');
  try {
    const { claimFile } = await graphql(CLAIM_FILE, values);
    if (claimFile.userErrors.length > 0) {
      showProblems(form, claimFile.userErrors.map((error) =>
        ({ field: fieldOf(error), code: error.code })));
    } else {
      showClaimed(form, claimFile.debtor);
    }
  } catch (error) {
    showProblems(form, [{ field: null, code: error instanceof ApiError ? error.code : 'unexpected' }]);
  } finally {
    button.disabled = false;
    setMessage(button, 'claim.submit');
  }
}

function showProblems(form, problems) {
  clearProblems(form);
  const summary = document.getElementById('claim-errors');
  const list = summary.querySelector('ul');
  for (const { field, code } of problems) {
    list.append(setMessage(element('li'), errorKey(code)));
    if (field) {
      const message = document.getElementById(`${field}-error`);
      setMessage(message, errorKey(code)).hidden = false;
      form.elements[field].setAttribute('aria-invalid', 'true');
      message.closest('.field').classList.add('invalid');
    }
  }
  summary.hidden = false;
  summary.focus();
}

function clearProblems(form) {
  const summary = document.getElementById('claim-errors');
  summary.hidden = true;
  summary.querySelector('ul').replaceChildren();
  for (const message of form.querySelectorAll('.field-error')) {
    message.hidden = true;
    message.textContent = '';
    delete message.dataset.i18n;
  }
  for (const field of form.querySelectorAll('.field')) {
    field.classList.remove('invalid');
  }
  for (const input of form.querySelectorAll('input')) {
    input.removeAttribute('aria-invalid');
  }
}

function showClaimed(form, debtor) {
  clearProblems(form);
  form.hidden = true;
  form.reset();
  const success = document.getElementById('claim-success');
  setMessage(document.getElementById('claim-success-text'), 'claim.success.text',
    { name: debtor.name });
  success.hidden = false;
  success.focus();
}

function startAgain(form) {
  document.getElementById('claim-success').hidden = true;
  form.hidden = false;
  form.elements.reference.focus();
}
