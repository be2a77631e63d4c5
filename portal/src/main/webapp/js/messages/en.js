// English messages of the portal. Every key here exists in fr.js too (a test checks it).
// Placeholders in braces are filled with plain text, never markup.
export default {
  'language.name': 'English',

  'title.landing': 'Your space — Recouvra',
  'title.claim': 'Claim a file — Recouvra',
  'title.files': 'My files — Recouvra',
  'title.rates': 'Rate tables — Recouvra',

  'skipLink': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.files': 'My files',
  'nav.claim': 'Claim a file',
  'nav.rates': 'Rate tables',
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

  'rates.heading': 'Rate tables',
  'rates.intro':
    'The dated rates of the law that interest and penalties are computed with, each with the ' +
    'text that sets it. A day without a rate stops the computations that need it: nothing ' +
    'counts as zero.',
  'rates.loading': 'Loading the rate tables…',
  'rates.gaps.heading': 'No rate known on',
  'rates.gaps.text':
    'Computations needing these figures stop until you add the row from its official source:',
  'rates.table.none': 'No row of this kind yet.',
  'rates.table.from': 'From',
  'rates.table.to': 'To',
  'rates.table.percent': 'Rate',
  'rates.table.legalReference': 'Legal reference',
  'rates.table.verified': 'Checked',
  'rates.table.note': 'Note',
  'rates.table.inForce': 'In force, no end known',
  'rates.table.checked': 'Checked against the text',
  'rates.table.toVerify': 'To verify',
  'rates.form.heading': 'Add a rate',
  'rates.form.intro':
    'Enter the figure exactly as the official text publishes it. A row cannot share a day with ' +
    'another row of the same kind.',
  'rates.form.errorSummary': 'The rate could not be added',
  'rates.form.kind.label': 'Kind of rate',
  'rates.form.kind.choose': 'Choose a kind of rate',
  'rates.form.validFrom.label': 'First day',
  'rates.form.date.hint': 'Year, month, day: for example 2027-01-01.',
  'rates.form.validTo.label': 'Last day (optional)',
  'rates.form.validTo.hint':
    'For example 2027-06-30. Leave empty while the rate is in force with no known end.',
  'rates.form.percent.label': 'Rate, in percent per year',
  'rates.form.percent.hint': 'For example 2.15 for 2.15 %; at most 4 decimals.',
  'rates.form.legalReference.label': 'Legal reference',
  'rates.form.legalReference.hint': 'The text that sets it: an arrêté and its date, an article.',
  'rates.form.note.label': 'Note (optional)',
  'rates.form.verified.label': 'I checked the figure against that text',
  'rates.form.closePrevious.label': 'End the row of this kind in force with no end',
  'rates.form.closePrevious.hint':
    'It will then end the day before the first day above. Without this, such a row is an overlap.',
  'rates.form.submit': 'Add this rate',
  'rates.form.submitting': 'Adding…',
  'rates.form.added': 'The rate was added. It applies from the next computation.',
  'rates.errors.kind.REQUIRED': 'Choose the kind of rate.',
  'rates.errors.validFrom.INVALID_FORMAT': 'Write the day as year-month-day, e.g. 2027-01-01.',
  'rates.errors.validTo.INVALID_FORMAT': 'Write the day as year-month-day, e.g. 2027-06-30.',
  'rates.errors.percent.INVALID_FORMAT': 'Write the rate as a number, for example 2.15.',
  'rates.errors.DATE_ORDER': 'The last day cannot be before the first day.',
  'rates.errors.OUT_OF_RANGE': 'This figure is outside what the law tables accept (0 to 50 %).',
  'rates.errors.TOO_MANY_DECIMALS': 'At most 4 decimals.',
  'rates.errors.TOO_LONG': 'This text is too long.',
  'rates.errors.OVERLAPPING_ROW':
    'These days overlap a row of this kind already in the table above.',
  'rates.errors.OVERLAPPING_ROW.open':
    'These days overlap the row of this kind in force with no end. Tick "End the row of this ' +
    'kind in force with no end" to end it the day before.',

  'lawKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR':
    'Legal interest rate, creditor a private individual',
  'lawKind.LEGAL_INTEREST_OTHER_CREDITOR': 'Legal interest rate, all other cases',
  'lawKind.ECB_MAIN_REFINANCING': 'ECB main refinancing rate',
  'lawKind.LATE_PAYMENT_MARGIN': 'Late-payment penalty margin (points over the ECB rate)',
  'lawKind.PUBLIC_SECTOR_MARGIN': 'Public-sector late-payment margin (points over the ECB rate)',
  'lawKind.JUDGMENT_SURCHARGE': 'Surcharge after a judgment (points over the legal rate)',
  'lawKind.CONTRACT_RATE_FLOOR_FACTOR': 'Floor of a contract penalty rate (times the legal rate)',
  'lawKind.RECOVERY_INDEMNITY_EUR': 'Fixed recovery indemnity (euros)',
  'lawKind.PUBLIC_SECTOR_RECOVERY_INDEMNITY_EUR': 'Public-sector recovery indemnity (euros)',
  'lawKind.JUDGMENT_SURCHARGE_DELAY_MONTHS': 'Delay before the surcharge after a judgment (months)',
  'lawKind.GENERAL': 'General limitation period',
  'lawKind.CONSUMER_SUPPLY': 'Limitation of a professional’s claim on a consumer',
  'lawKind.RESIDENTIAL_RENT': 'Limitation of residential rent',
  'lawKind.INSURANCE_PREMIUM': 'Limitation of insurance premiums',
  'lawKind.TELECOM': 'Limitation of telecom operators’ claims',
  'lawKind.CARRIAGE': 'Limitation of carriage of goods',
  'lawKind.JUDGMENT': 'Limitation of the enforcement of a judgment',
  'lawKind.CONSUMER_CREDIT': 'Consumer credit forclusion',
  'lawKind.LONG_STOP': 'Long stop from the birth of the right',
  'lawKind.MEDIATION_RESUMPTION_MINIMUM': 'Time left at least after a mediation',

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
