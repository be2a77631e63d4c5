// The landing page: what the portal is and how to start, or where to go once signed in.
import { setMessage } from './i18n.js';
import { startPage } from './layout.js';

startPage({
  page: 'landing',
  returnPage: 'files.html',
  render(session) {
    if (!session.signedIn) {
      return;
    }
    document.querySelector('[data-view="anonymous"]').hidden = true;
    document.querySelector('[data-view="signed-in"]').hidden = false;
    setMessage(document.getElementById('welcome-heading'), 'landing.welcome',
      { name: session.name });
  },
});
