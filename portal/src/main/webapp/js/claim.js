// Claim a file: the payment reference and the access code printed on the letter link the signed-in
// person to that file. Refusals show next to their field and in a summary, in the page's language.
import { ApiError, graphql } from './api.js';
import { check, fieldOf, normaliseAccessCode, normaliseReference } from './claim-input.js';
import {
  clearProblems as clearFormProblems, showProblems as showFormProblems,
} from './form-problems.js';
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
  showFormProblems(form, document.getElementById('claim-errors'),
    problems.map(({ field, code }) => ({ field, key: errorKey(code) })));
}

function clearProblems(form) {
  clearFormProblems(form, document.getElementById('claim-errors'));
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
