// Messages français du portail. Chaque clé existe aussi dans en.js (un test le vérifie).
// Les paramètres entre accolades sont remplis avec du texte brut, jamais du balisage.
export default {
  'language.name': 'Français',

  'title.landing': 'Votre espace — Recouvra',
  'title.claim': 'Rattacher un dossier — Recouvra',
  'title.files': 'Mes dossiers — Recouvra',
  'title.rates': 'Barèmes de taux — Recouvra',

  'skipLink': 'Aller au contenu principal',
  'nav.label': 'Principale',
  'nav.home': 'Accueil',
  'nav.files': 'Mes dossiers',
  'nav.claim': 'Rattacher un dossier',
  'nav.rates': 'Barèmes de taux',
  'footer.text': 'Recouvra : le recouvrement dans le respect des personnes et de la loi.',

  'account.signIn': 'Se connecter',
  'account.signOut': 'Se déconnecter',
  'account.register': 'Créer un compte',
  'account.signedInAs': 'Compte : {name}',
  'session.unavailable':
    'Le service de connexion est injoignable pour le moment. Veuillez réessayer dans quelques ' +
    'minutes.',

  'landing.heading': 'Consultez et réglez ce que vous devez, à votre rythme',
  'landing.intro':
    'Recouvra est l’espace en ligne où vous suivez les sommes qu’un créancier vous réclame, ' +
    'et où vous les réglez sereinement.',
  'landing.stepsHeading': 'Comment ça marche',
  'landing.step1': 'Connectez-vous, ou créez votre compte.',
  'landing.step2':
    'Rattachez votre dossier grâce à la référence de paiement et au code d’accès imprimés sur ' +
    'le courrier reçu.',
  'landing.step3': 'Consultez le détail de chaque somme, son échéance et où elle en est.',
  'landing.welcome': 'Bienvenue, {name}',
  'landing.welcomeIntro': 'Que souhaitez-vous faire ?',
  'landing.filesText': 'Voyez ce que vous devez, à qui et pour quand.',
  'landing.claimText':
    'Vous avez reçu un courrier avec un code d’accès ? Ajoutez ce dossier à votre compte.',

  'signInNeeded.heading': 'Connectez-vous pour continuer',
  'signInNeeded.text': 'Cette page affiche vos dossiers personnels : connectez-vous d’abord.',

  'claim.heading': 'Rattacher un dossier',
  'claim.intro':
    'Saisissez les deux informations imprimées sur le courrier reçu. Cette démarche ne se fait ' +
    'qu’une fois par dossier.',
  'claim.reference.label': 'Référence de paiement',
  'claim.reference.hint': 'Elle commence par RF, par exemple RF18 5390 0754 7034.',
  'claim.accessCode.label': 'Code d’accès',
  'claim.accessCode.hint': '12 lettres et chiffres, par exemple ABCD-EFGH-JKMN.',
  'claim.submit': 'Rattacher ce dossier',
  'claim.submitting': 'Vérification…',
  'claim.errorSummary': 'Le dossier n’a pas pu être rattaché',
  'claim.success.heading': 'Dossier rattaché',
  'claim.success.text': 'Le dossier de {name} est maintenant dans votre compte.',
  'claim.success.link': 'Voir mes dossiers',
  'claim.another': 'Rattacher un autre dossier',

  'rates.heading': 'Barèmes de taux',
  'rates.intro':
    'Les taux datés de la loi qui servent au calcul des intérêts et des pénalités, chacun avec ' +
    'le texte qui le fixe. Un jour sans taux arrête les calculs qui en ont besoin : rien ne ' +
    'compte pour zéro.',
  'rates.loading': 'Chargement des barèmes…',
  'rates.gaps.heading': 'Aucun taux connu le',
  'rates.gaps.text':
    'Les calculs qui ont besoin de ces valeurs s’arrêtent tant que vous n’ajoutez pas la ligne ' +
    'depuis sa source officielle :',
  'rates.table.none': 'Aucune ligne de ce type pour l’instant.',
  'rates.table.from': 'Du',
  'rates.table.to': 'Au',
  'rates.table.percent': 'Taux',
  'rates.table.legalReference': 'Référence légale',
  'rates.table.verified': 'Vérifié',
  'rates.table.note': 'Remarque',
  'rates.table.inForce': 'En vigueur, sans fin connue',
  'rates.table.checked': 'Vérifié sur le texte',
  'rates.table.toVerify': 'À vérifier',
  'rates.form.heading': 'Ajouter un taux',
  'rates.form.intro':
    'Saisissez la valeur exactement comme le texte officiel la publie. Une ligne ne peut ' +
    'partager aucun jour avec une autre ligne du même type.',
  'rates.form.errorSummary': 'Le taux n’a pas pu être ajouté',
  'rates.form.kind.label': 'Type de taux',
  'rates.form.kind.choose': 'Choisissez un type de taux',
  'rates.form.validFrom.label': 'Premier jour',
  'rates.form.date.hint': 'Année, mois, jour : par exemple 2027-01-01.',
  'rates.form.validTo.label': 'Dernier jour (facultatif)',
  'rates.form.validTo.hint':
    'Par exemple 2027-06-30. Laissez vide tant que le taux est en vigueur sans fin connue.',
  'rates.form.percent.label': 'Taux, en pour cent par an',
  'rates.form.percent.hint': 'Par exemple 2,15 pour 2,15 % ; 4 décimales au plus.',
  'rates.form.legalReference.label': 'Référence légale',
  'rates.form.legalReference.hint': 'Le texte qui le fixe : un arrêté et sa date, un article.',
  'rates.form.note.label': 'Remarque (facultative)',
  'rates.form.verified.label': 'J’ai vérifié la valeur sur ce texte',
  'rates.form.closePrevious.label': 'Clore la ligne de ce type en vigueur sans fin',
  'rates.form.closePrevious.hint':
    'Elle prendra fin la veille du premier jour ci-dessus. Sinon, une telle ligne est un ' +
    'chevauchement.',
  'rates.form.submit': 'Ajouter ce taux',
  'rates.form.submitting': 'Ajout en cours…',
  'rates.form.added': 'Le taux a été ajouté. Il s’applique dès le prochain calcul.',
  'rates.errors.kind.REQUIRED': 'Choisissez le type de taux.',
  'rates.errors.validFrom.INVALID_FORMAT':
    'Écrivez le jour sous la forme année-mois-jour, par exemple 2027-01-01.',
  'rates.errors.validTo.INVALID_FORMAT':
    'Écrivez le jour sous la forme année-mois-jour, par exemple 2027-06-30.',
  'rates.errors.percent.INVALID_FORMAT': 'Écrivez le taux sous forme de nombre, par exemple 2,15.',
  'rates.errors.DATE_ORDER': 'Le dernier jour ne peut pas précéder le premier.',
  'rates.errors.OUT_OF_RANGE': 'Cette valeur sort de ce que les barèmes acceptent (0 à 50 %).',
  'rates.errors.TOO_MANY_DECIMALS': '4 décimales au plus.',
  'rates.errors.TOO_LONG': 'Ce texte est trop long.',
  'rates.errors.OVERLAPPING_ROW':
    'Ces jours chevauchent une ligne de ce type déjà présente dans le tableau ci-dessus.',
  'rates.errors.OVERLAPPING_ROW.open':
    'Ces jours chevauchent la ligne de ce type en vigueur sans fin. Cochez « Clore la ligne de ' +
    'ce type en vigueur sans fin » pour la faire finir la veille.',

  'lawKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR':
    'Taux de l’intérêt légal, créancier personne physique',
  'lawKind.LEGAL_INTEREST_OTHER_CREDITOR': 'Taux de l’intérêt légal, autres cas',
  'lawKind.ECB_MAIN_REFINANCING': 'Taux de refinancement principal de la BCE',
  'lawKind.LATE_PAYMENT_MARGIN': 'Majoration des pénalités de retard (points sur le taux BCE)',
  'lawKind.PUBLIC_SECTOR_MARGIN': 'Majoration en commande publique (points sur le taux BCE)',
  'lawKind.JUDGMENT_SURCHARGE': 'Majoration après jugement (points sur le taux légal)',
  'lawKind.CONTRACT_RATE_FLOOR_FACTOR':
    'Plancher d’un taux de pénalité contractuel (fois le taux légal)',
  'lawKind.RECOVERY_INDEMNITY_EUR': 'Indemnité forfaitaire pour frais de recouvrement (euros)',
  'lawKind.PUBLIC_SECTOR_RECOVERY_INDEMNITY_EUR':
    'Indemnité forfaitaire en commande publique (euros)',
  'lawKind.JUDGMENT_SURCHARGE_DELAY_MONTHS': 'Délai avant la majoration après jugement (mois)',
  'lawKind.GENERAL': 'Prescription de droit commun',
  'lawKind.CONSUMER_SUPPLY': 'Prescription de l’action d’un professionnel contre un consommateur',
  'lawKind.RESIDENTIAL_RENT': 'Prescription des loyers d’habitation',
  'lawKind.INSURANCE_PREMIUM': 'Prescription des primes d’assurance',
  'lawKind.TELECOM': 'Prescription des créances des opérateurs télécoms',
  'lawKind.CARRIAGE': 'Prescription du transport de marchandises',
  'lawKind.JUDGMENT': 'Prescription de l’exécution d’un jugement',
  'lawKind.CONSUMER_CREDIT': 'Forclusion du crédit à la consommation',
  'lawKind.LONG_STOP': 'Délai butoir depuis la naissance du droit',
  'lawKind.MEDIATION_RESUMPTION_MINIMUM': 'Délai minimal restant après une médiation',

  'files.heading': 'Mes dossiers',
  'files.intro':
    'Chaque dossier est tenu par un créancier. Les montants indiquent ce qui reste à payer ' +
    'aujourd’hui.',
  'files.loading': 'Chargement de vos dossiers…',
  'files.empty': 'Aucun dossier n’est encore rattaché à votre compte.',
  'files.emptyAction': 'Rattacher un dossier avec le courrier reçu',
  'files.file.heading': 'Dossier : {name}',
  'files.noDebts': 'Aucune créance dans ce dossier.',
  'files.more': 'Seules les 20 premières créances de ce dossier sont affichées.',
  'debt.heading': 'Créance {reference}',
  'debt.balance': 'Reste à payer',
  'debt.dueOn': 'Échéance',
  'debt.status': 'Statut',
  'debt.status.OPEN': 'À régler',
  'debt.status.CLOSED': 'Clôturée',
  'balance.caption': 'Détail de la créance {reference}',
  'balance.column.item': 'Élément',
  'balance.column.amount': 'Montant',
  'balance.asOf': 'Montants au',
  'balance.part.PRINCIPAL': 'Montant de la facture',
  'balance.part.INTEREST': 'Intérêts au taux légal',
  'balance.part.PENALTIES': 'Pénalités de retard',
  'balance.part.INDEMNITY': 'Indemnité forfaitaire pour frais de recouvrement',
  'balance.explain.PRINCIPAL': 'Ce que la facture ou le contrat demandait, taxes comprises.',
  'balance.explain.INTEREST':
    'Intérêts que la loi ajoute à partir du lendemain de la réception d’une mise en demeure, au taux légal.',
  'balance.explain.PENALTIES':
    'Entre professionnels, la loi (Code de commerce L441-10) ajoute des pénalités dès le lendemain de l’échéance, comptées jour par jour.',
  'balance.explain.INDEMNITY':
    'Entre professionnels, la loi ajoute 40 EUR forfaitaires à chaque facture payée en retard (Code de commerce D441-5).',
  'balance.paid': 'Déjà payé',
  'balance.credited': 'Avoir du créancier',
  'balance.settled': 'Remise accordée par transaction',
  'balance.writtenOff': 'Passé en perte',
  'balance.due': 'Reste à payer',
  'balance.incomplete':
    'Intérêts et pénalités sont comptés jusqu’à la date ci-dessous : le taux des jours suivants n’est pas encore dans Recouvra, ils seront ajoutés plus tard. Aucun frais de recouvrement n’est jamais ajouté.',

  'errors.REQUIRED': 'Renseignez cette information.',
  'errors.INVALID_FORMAT': 'Ce n’est pas le format attendu : comparez avec le courrier.',
  'errors.INVALID_ACCESS_CODE':
    'Cette référence et ce code d’accès ne correspondent pas. Vérifiez-les sur le courrier.',
  'errors.TOO_MANY_ATTEMPTS':
    'Trop d’essais. Par sécurité, patientez un moment avant de réessayer.',
  'errors.ALREADY_CLAIMED':
    'Ce dossier a déjà été rattaché. Si ce n’est pas par vous, contactez le créancier.',
  'errors.UNAUTHENTICATED': 'Votre session a pris fin. Veuillez vous reconnecter.',
  'errors.FORBIDDEN': 'Votre compte ne permet pas cette action.',
  'errors.network': 'Le service est injoignable. Vérifiez votre connexion et réessayez.',
  'errors.unexpected': 'Une erreur est survenue de notre côté. Veuillez réessayer plus tard.',

  'title.limitation': 'Alertes de prescription — Recouvra',
  'nav.limitation': 'Alertes de prescription',
  'limitation.heading': 'Alertes de prescription',
  'limitation.intro':
    'Les créances ouvertes dont le dernier jour pour agir en justice approche, suspendues ou ' +
    'non, la plus proche d’abord.',
  'limitation.loading': 'Chargement des alertes…',
  'limitation.empty':
    'Aucune créance ouverte n’atteint son dernier jour pour agir dans les {days} prochains jours.',
  'limitation.more': 'Seules les 100 premières créances sont affichées.',
  'limitation.caption': 'Créances dont le dernier jour pour agir tombe dans les {days} jours',
  'limitation.column.reference': 'Créance',
  'limitation.column.debtor': 'Débiteur',
  'limitation.column.lastDay': 'Dernier jour pour agir',
  'limitation.column.daysLeft': 'Jours restants',
  'limitation.column.alertOn': 'Jour d’alerte',
  'limitation.column.due': 'Alerte',
  'limitation.due.yes': 'Échue',
  'limitation.due.no': 'Pas encore',
  'limitation.detail.loading': 'Chargement de la prescription…',
  'limitation.detail.heading':
    'Comment est fixé le dernier jour pour agir de la créance {reference}',
  'limitation.detail.unknown':
    'Les tables légales ne donnent pas encore de délai pour cette créance : aucun dernier ' +
    'jour ne peut être affiché.',
  'limitation.fact.state': 'Situation',
  'limitation.fact.lastDay': 'Dernier jour pour agir',
  'limitation.fact.limitedFrom': 'Prescrite à partir du',
  'limitation.fact.alertOn': 'Jour d’alerte',
  'limitation.state.RUNNING': 'Le délai court',
  'limitation.state.LIMITED': 'Prescrite : la créance ne peut plus être réclamée',
  'limitation.state.INTERRUPTION_PENDING': 'Instance en cours',
  'limitation.state.SUSPENDED': 'Suspendu',
  'limitation.state.AWAITING_INCIDENT': 'En attente d’un incident',
  'limitation.period.label': 'Délai :',
  'limitation.period.years': '{count} ans',
  'limitation.period.months': '{count} mois',
  'limitation.period.unverified': ', durée encore à vérifier',
  'limitation.regime.PRESCRIPTION': 'délai de prescription',
  'limitation.regime.FORCLUSION': 'délai de forclusion',
  'limitation.steps.heading': 'Les étapes qui fixent le jour',
  'limitation.step.after': 'Dernier jour pour agir après cette étape :',
  'limitation.step.noDay': 'Pas de dernier jour tant que cela dure.',
  'limitation.step.separator': ' : ',
  'limitation.cause.exigible': 'La somme est devenue exigible',
  'limitation.cause.longStop': 'Délai butoir de 20 ans',
  'limitation.kind.ACKNOWLEDGMENT': 'Reconnaissance de dette par le débiteur',
  'limitation.kind.DEBTOR_PARTIAL_PAYMENT': 'Paiement partiel du débiteur',
  'limitation.kind.THIRD_PARTY_PAYMENT': 'Paiement par un tiers',
  'limitation.kind.ENFORCED_PAYMENT': 'Paiement obtenu par exécution forcée',
  'limitation.kind.COURT_CLAIM': 'Demande en justice',
  'limitation.kind.ENFORCEMENT_ACT': 'Acte d’exécution ou mesure conservatoire',
  'limitation.kind.CLAIM_DECLARED': 'Déclaration de créance à une procédure collective',
  'limitation.kind.MEDIATION': 'Médiation ou conciliation',
  'limitation.kind.RESCHEDULING': 'Réaménagement du crédit',
  'limitation.kind.OVER_INDEBTEDNESS_PLAN': 'Plan de surendettement',
  'limitation.kind.UNREGULARISED_INCIDENT': 'Incident de paiement non régularisé',
  'limitation.kind.REMINDER': 'Relance',
  'limitation.kind.FORMAL_NOTICE': 'Mise en demeure reçue',
  'limitation.effect.STARTED': 'le délai commence à courir.',
  'limitation.effect.INTERRUPTED': 'le délai est interrompu et un nouveau délai entier commence.',
  'limitation.effect.INTERRUPTION_PENDING':
    'le délai est interrompu jusqu’à la fin de l’instance ; pas de dernier jour d’ici là.',
  'limitation.effect.PROCEEDINGS_ENDED':
    'l’instance a pris fin et un nouveau délai entier commence.',
  'limitation.effect.SUSPENDED': 'le délai est suspendu tant qu’elle dure.',
  'limitation.effect.SUSPENSION_ENDED': 'le délai reprend, augmenté des jours de suspension.',
  'limitation.effect.AWAITING_INCIDENT':
    'la forclusion attend le prochain incident non régularisé.',
  'limitation.effect.RESTARTED': 'la forclusion recommence à courir à partir de cet incident.',
  'limitation.effect.CAPPED': 'le dernier jour est ramené à 20 ans après la naissance du droit.',
  'limitation.effect.NO_EFFECT': 'sans effet sur le dernier jour pour agir.',
  'limitation.effect.TOO_LATE': 'survenu après le dernier jour pour agir, il ne fait rien revivre.',
};
