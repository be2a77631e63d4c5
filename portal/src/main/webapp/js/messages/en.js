// English messages of the portal. Every key here exists in fr.js too (a test checks it).
// Placeholders in braces are filled with plain text, never markup.
export default {
  'language.name': 'English',

  'title.landing': 'Your space — Recouvra',
  'title.claim': 'Claim a file — Recouvra',
  'title.files': 'My files — Recouvra',

  'skipLink': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.files': 'My files',
  'nav.claim': 'Claim a file',
  'footer.text': 'Recouvra: debt collection that respects people and the law.',

  'account.signIn': 'Sign in',
  'account.signOut': 'Sign out',
  'account.register': 'Create an account',
  'account.signedInAs': 'Account: {name}',
  'session.unavailable':
    'The sign-in service cannot be reached right now. Please try again in a few minutes.',

  'landing.heading': 'See and settle what you owe, at your own pace',
  'landing.intro':
    'Recouvra is the online space where you follow the amounts a creditor asks you to pay, ' +
    'and deal with them calmly.',
  'landing.stepsHeading': 'How it works',
  'landing.step1': 'Sign in, or create your account.',
  'landing.step2':
    'Claim your file with the payment reference and the access code printed on the letter you ' +
    'received.',
  'landing.step3': 'See each amount in detail, when it is due and where it stands.',
  'landing.welcome': 'Welcome, {name}',
  'landing.welcomeIntro': 'What would you like to do?',
  'landing.filesText': 'See what you owe, to whom and by when.',
  'landing.claimText': 'Received a letter with an access code? Add that file to your account.',

  'signInNeeded.heading': 'Sign in to continue',
  'signInNeeded.text': 'This page shows your personal files, so you need to sign in first.',

  'claim.heading': 'Claim a file',
  'claim.intro':
    'Enter the two items printed on the letter you received. You only need to do this once ' +
    'for each file.',
  'claim.reference.label': 'Payment reference',
  'claim.reference.hint': 'It starts with RF, for example RF18 5390 0754 7034.',
  'claim.accessCode.label': 'Access code',
  'claim.accessCode.hint': '12 letters and digits, for example ABCD-EFGH-JKMN.',
  'claim.submit': 'Claim this file',
  'claim.submitting': 'Checking…',
  'claim.errorSummary': 'The file could not be claimed',
  'claim.success.heading': 'File claimed',
  'claim.success.text': 'The file of {name} is now in your account.',
  'claim.success.link': 'See my files',
  'claim.another': 'Claim another file',

  'files.heading': 'My files',
  'files.intro':
    'Each file is held by one creditor. Amounts show what remains to be paid today.',
  'files.loading': 'Loading your files…',
  'files.empty': 'There is no file in your account yet.',
  'files.emptyAction': 'Claim a file with the letter you received',
  'files.file.heading': 'File: {name}',
  'files.noDebts': 'There is no debt in this file.',
  'files.more': 'Only the first 20 debts of this file are shown.',
  'debt.heading': 'Debt {reference}',
  'debt.balance': 'Left to pay',
  'debt.dueOn': 'Due on',
  'debt.status': 'Status',
  'debt.status.OPEN': 'To be paid',
  'debt.status.CLOSED': 'Closed',
  'balance.caption': 'What makes up debt {reference}',
  'balance.column.item': 'Item',
  'balance.column.amount': 'Amount',
  'balance.asOf': 'Figures as of',
  'balance.part.PRINCIPAL': 'Amount of the invoice',
  'balance.part.INTEREST': 'Legal interest',
  'balance.part.PENALTIES': 'Late-payment penalties',
  'balance.part.INDEMNITY': 'Fixed recovery indemnity',
  'balance.explain.PRINCIPAL': 'What the invoice or contract asked for, taxes included.',
  'balance.explain.INTEREST':
    'Interest the law adds from the day after you received a formal notice, at the legal rate.',
  'balance.explain.PENALTIES':
    'Between businesses, the law (Code de commerce L441-10) adds penalties from the day after the due date, counted day by day.',
  'balance.explain.INDEMNITY':
    'Between businesses, the law adds a fixed 40 EUR to each invoice paid late (Code de commerce D441-5).',
  'balance.paid': 'Already paid',
  'balance.credited': 'Credited by the creditor',
  'balance.settled': 'Waived in a settlement',
  'balance.writtenOff': 'Written off',
  'balance.due': 'Left to pay',
  'balance.incomplete':
    'Interest and penalties are counted up to the date below: the rate for the days after it is not yet in Recouvra, so they will be added later. No collection fee is ever added.',

  'errors.REQUIRED': 'Enter this information.',
  'errors.INVALID_FORMAT': 'This does not look right: compare it with the letter.',
  'errors.INVALID_ACCESS_CODE':
    'This reference and this access code do not match. Check both against the letter.',
  'errors.TOO_MANY_ATTEMPTS':
    'Too many attempts. For your security, wait a while before trying again.',
  'errors.ALREADY_CLAIMED':
    'This file has already been claimed. If you did not claim it, contact the creditor.',
  'errors.UNAUTHENTICATED': 'Your session has ended. Please sign in again.',
  'errors.FORBIDDEN': 'Your account cannot do this.',
  'errors.network': 'The service cannot be reached. Check your connection and try again.',
  'errors.unexpected': 'Something went wrong on our side. Please try again later.',
};
