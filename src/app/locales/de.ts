import type { PageMessages } from '../page-messages';

/** German (Deutsch), Sie. */
export const dePage: PageMessages = {
  pageTitle: (screen, issuer) => `${screen} – ${issuer}`,
  language: 'Sprache',

  signInHeading: 'Anmelden',
  appNeeded:
    'Möglicherweise werden Sie gebeten, eine Authenticator-App einzurichten, zum Beispiel Google Authenticator, Microsoft Authenticator oder 1Password. ' +
    'Falls Sie noch keine auf Ihrem Smartphone haben, installieren Sie sie vor der Anmeldung: Die Einrichtung muss innerhalb von {minutes} Minuten nach der Anmeldung abgeschlossen sein.',
  poolLegend: 'Benutzerpool',
  usernameLabel: 'Benutzername',
  passwordLabel: 'Passwort',
  usernameMissing: 'Geben Sie Ihren Benutzernamen ein.',
  passwordMissing: 'Geben Sie Ihr Passwort ein.',
  signIn: 'Anmelden',
  signingIn: 'Anmeldung läuft …',
  demoUsers: 'Demo-Benutzer dieses lokalen Pools:',
  demoPassword: 'Passwort',

  newPasswordHeading: 'Neues Passwort wählen',
  newPasswordIntro: '{name}, Ihr Konto wurde mit einem vorläufigen Passwort angelegt. Wählen Sie Ihr eigenes, um fortzufahren.',
  newPasswordLabel: 'Neues Passwort',
  repeatPasswordLabel: 'Neues Passwort wiederholen',
  passwordEmpty: 'Wählen Sie ein neues Passwort.',
  passwordsDiffer: 'Die beiden Passwörter stimmen nicht überein. Geben Sie das neue Passwort noch einmal ein.',
  passwordRulesIntro: 'Ihr Passwort braucht:',
  passwordRuleLength: (minimum) => `mindestens ${minimum} Zeichen`,
  passwordRuleLower: 'einen Kleinbuchstaben',
  passwordRuleUpper: 'einen Großbuchstaben',
  passwordRuleNumber: 'eine Ziffer',
  passwordRuleSymbol: 'ein Sonderzeichen, zum Beispiel ! ? # oder %',
  continue: 'Weiter',
  cancel: 'Abbrechen',

  totpHeading: 'Code eingeben',
  totpInstructions:
    'Öffnen Sie Ihre Authenticator-App, suchen Sie {issuer} ({account}) und geben Sie den 6-stelligen Code ein, den sie anzeigt.',
  totpDevice: 'Sie haben diese App bei der Einrichtung „{device}“ genannt.',
  checking: 'Wird geprüft …',

  enrollHeading: 'Bestätigung in zwei Schritten',
  enrollSessionIntro: 'Ihr Konto braucht die Bestätigung in zwei Schritten, bevor Sie sich anmelden können.',
  enrollTokenIntro: 'Ergänzen Sie jede Anmeldung um einen Code aus einer Authenticator-App.',
  replaceIntro:
    'Richten Sie Ihre Authenticator-App mit einem neuen QR-Code neu ein. Sobald Sie fertig sind, funktioniert der bisherige Eintrag nicht mehr: Löschen Sie ihn dann.',
  leaveSetupQuestion: 'Einrichtung verlassen?',
  setupTitle: 'Authenticator-App einrichten',
  setupDoneTitle: 'Authenticator-App hinzugefügt',
  setupFailedTitle: 'Einrichtung abgebrochen',

  signedInHeading: 'Sie sind angemeldet',
  signedInAs: 'Angemeldet als {name}.',
  appStatusLabel: 'Authenticator-App:',
  appChecking: 'Wird geprüft …',
  appOn: 'Aktiv',
  appOff: 'Nicht eingerichtet',
  appUnknown: 'Prüfung nicht möglich',
  appCheckFailed:
    'Der Anmeldedienst war nicht erreichbar, um Ihre Authenticator-App zu prüfen. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
  setUpApp: 'Authenticator-App einrichten',
  tryAgain: 'Erneut versuchen',
  signOut: 'Abmelden',
  replaceApp: 'Authenticator-App ersetzen',
  replaceQuestion: 'Ihre Authenticator-App ersetzen?',
  replaceEffect:
    'Sie scannen einen neuen QR-Code, mit einem Smartphone oder einer App Ihrer Wahl. Sobald Sie fertig sind, funktioniert der bisherige Eintrag nicht mehr: Löschen Sie ihn dann.',
  turnOffApp: 'Ausschalten',
  turnOffQuestion: 'Ihre Authenticator-App ausschalten?',
  turnOffEffect:
    'Die Anmeldung fragt dann nicht mehr nach einem Code, was Ihr Konto leichter angreifbar macht. Der Eintrag für dieses Konto in der App funktioniert nicht mehr: Löschen Sie ihn.',
  turningOff: 'Wird ausgeschaltet …',
  keepApp: 'Behalten',

  configProblemHeading: 'Diese Seite ist noch nicht eingerichtet',
  configProblemBody:
    'Sie braucht die Region des Benutzerpools, seine ID und die ID eines App-Clients: entweder in config.json neben index.html (im Basispfad der Website, unabhängig von der Adresse der Seite) oder als VITE_COGNITO_*-Variablen beim Build. Das README erklärt, wie.',

  restartNotice: {
    'session-expired':
      'Die Einrichtung muss innerhalb weniger Minuten nach der Anmeldung abgeschlossen sein, und diese Zeit ist abgelaufen. Melden Sie sich erneut an, um einen neuen QR-Code zu erhalten. Falls Sie dieses Konto bereits in Ihrer Authenticator-App hinzugefügt haben, löschen Sie diesen Eintrag zuerst.',
    'session-used':
      'Diese Einrichtungssitzung wurde bereits verwendet. Melden Sie sich erneut an, um einen neuen QR-Code zu erhalten. Falls Sie dieses Konto bereits in Ihrer Authenticator-App hinzugefügt haben, löschen Sie diesen Eintrag zuerst.',
    'session-invalid': 'Diese Einrichtungssitzung ist nicht mehr gültig. Melden Sie sich erneut an, um die Einrichtung neu zu beginnen.',
    'not-authorized': 'Sie wurden abgemeldet, bevor die Authenticator-App hinzugefügt war. Melden Sie sich erneut an, um sie hinzuzufügen.',
  },
  unsupportedChallenge:
    'Dieses Konto braucht einen Anmeldeschritt, den diese Seite nicht anbietet ({challenge}). Verwenden Sie die Hauptanmeldung der Anwendung.',
  signedOut: 'Sie sind abgemeldet.',
  signedOutNotRevoked:
    'Sie sind auf diesem Gerät abgemeldet, aber der Anmeldedienst konnte nicht benachrichtigt werden. Ihre Anmeldung kann daher anderswo gültig bleiben, bis sie abläuft (innerhalb einer Stunde).',
  enrolledNotice: 'Authenticator-App hinzugefügt. Ab jetzt fragt die Anmeldung nach einem Code aus dieser App.',
  replacedNotice: 'Authenticator-App ersetzt. Nur der neue Eintrag funktioniert jetzt: Löschen Sie den alten in Ihrer App.',
  turnedOffNotice: 'Authenticator-App ausgeschaltet. Die Anmeldung fragt nicht mehr nach einem Code.',
  restoredFromHistory:
    'Sie sind mit Zurück oder Vor auf diese Seite zurückgekehrt. Zum Schutz Ihres Kontos hat sie Ihre Anmeldung und jede laufende Einrichtung vergessen. Melden Sie sich erneut an.',

  wrongCredentials: 'Benutzername oder Passwort stimmen nicht. Prüfen Sie beides und versuchen Sie es erneut.',
  passwordRejected: 'Dieses Passwort erfüllt die oben genannten Regeln nicht. Wählen Sie ein anderes.',
  passwordReused: 'Dieses Passwort haben Sie schon einmal verwendet. Wählen Sie eines, das Sie für dieses Konto noch nicht verwendet haben.',
  sessionLost: 'Ihre Anmeldung hat zu lange gedauert und muss neu beginnen. Melden Sie sich erneut an.',
  passwordResetRequired: 'Dieses Konto braucht ein neues Passwort. Setzen Sie Ihr Passwort zurück und melden Sie sich dann an.',
  setupProblem:
    'Die Anmeldung ist für diese Seite nicht richtig eingerichtet (App-Client oder Benutzerpool). Wenden Sie sich an den Support der Website.',
  authFlowNotEnabled:
    'Die Anmeldung ist für diese Seite nicht richtig eingerichtet: Ihr App-Client erlaubt {flow} nicht. Schalten Sie ALLOW_{flow} in den Authentifizierungsabläufen des App-Clients ein oder setzen Sie das authFlow der Seite auf einen Ablauf, den der App-Client erlaubt. Wenden Sie sich an den Support der Website.',
  somethingWentWrong: 'Bei der Anmeldung ist etwas schiefgelaufen. Versuchen Sie es erneut.',
};
