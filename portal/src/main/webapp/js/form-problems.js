// A form's refusals, shown the same way on every page: a summary that takes the focus, and each
// message next to its field, which is marked aria-invalid and describes itself by that message.
import { element } from './dom.js';
import { setMessage } from './i18n.js';

/** Shows problems, [{ field, key }] with field null for none, in summary and next to fields. */
export function showProblems(form, summary, problems) {
  clearProblems(form, summary);
  const list = summary.querySelector('ul');
  for (const { field, key } of problems) {
    list.append(setMessage(element('li'), key));
    const message = field ? document.getElementById(`${field}-error`) : null;
    if (message) {
      setMessage(message, key).hidden = false;
      message.closest('.field').classList.add('invalid');
      form.elements[field].setAttribute('aria-invalid', 'true');
    }
  }
  summary.hidden = false;
  summary.focus();
}

/** Hides the summary and every field's message. */
export function clearProblems(form, summary) {
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
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
  }
}
