import type { PageMessages } from '../page-messages';

/** French (français), vous; no-break spaces (\u00a0) before : ? ; and inside « ». */
export const frPage: PageMessages = {
  pageTitle: (screen, issuer) => `${screen} – ${issuer}`,
  language: 'Langue',

  signInHeading: 'Connexion',
  appNeeded:
    'Il peut vous être demandé de configurer une application d’authentification, comme Google Authenticator, Microsoft Authenticator ou 1Password. ' +
    'Si vous n’en avez pas encore sur votre téléphone, installez-la avant de vous connecter\u00a0: la configuration doit être terminée dans les {minutes} minutes qui suivent la connexion.',
  poolLegend: 'Groupe d’utilisateurs',
  usernameLabel: 'Nom d’utilisateur',
  passwordLabel: 'Mot de passe',
  usernameMissing: 'Saisissez votre nom d’utilisateur.',
  passwordMissing: 'Saisissez votre mot de passe.',
  signIn: 'Se connecter',
  signingIn: 'Connexion…',
  demoUsers: 'Utilisateurs de démonstration de ce groupe local\u00a0:',
  demoPassword: 'mot de passe',

  newPasswordHeading: 'Choisissez un nouveau mot de passe',
  newPasswordIntro: '{name}, votre compte a été créé avec un mot de passe temporaire. Choisissez le vôtre pour continuer.',
  newPasswordLabel: 'Nouveau mot de passe',
  repeatPasswordLabel: 'Répétez le nouveau mot de passe',
  passwordEmpty: 'Choisissez un nouveau mot de passe.',
  passwordsDiffer: 'Les deux mots de passe ne sont pas identiques. Saisissez de nouveau le nouveau mot de passe.',
  passwordRulesIntro: 'Votre mot de passe doit contenir\u00a0:',
  passwordRuleLength: (minimum) => `au moins ${minimum} caractères`,
  passwordRuleLower: 'une lettre minuscule',
  passwordRuleUpper: 'une lettre majuscule',
  passwordRuleNumber: 'un chiffre',
  passwordRuleSymbol: 'un symbole, comme ! ? # ou %',
  continue: 'Continuer',
  cancel: 'Annuler',

  totpHeading: 'Saisissez votre code',
  totpInstructions:
    'Ouvrez votre application d’authentification, trouvez {issuer} ({account}) et saisissez le code à 6 chiffres qu’elle affiche.',
  totpDevice: 'Vous avez nommé cette application «\u00a0{device}\u00a0» lors de sa configuration.',
  checking: 'Vérification…',

  enrollHeading: 'Vérification en deux étapes',
  enrollSessionIntro: 'Votre compte doit utiliser la vérification en deux étapes avant que vous puissiez vous connecter.',
  enrollTokenIntro: 'Ajoutez à chaque connexion un code provenant d’une application d’authentification.',
  replaceIntro:
    'Configurez de nouveau votre application d’authentification avec un nouveau QR code. Une fois terminé, l’entrée actuelle ne fonctionnera plus\u00a0: supprimez-la alors.',
  leaveSetupQuestion: 'Quitter la configuration\u00a0?',
  setupTitle: 'Configurez votre application d’authentification',
  setupDoneTitle: 'Application d’authentification ajoutée',
  setupFailedTitle: 'Configuration interrompue',

  signedInHeading: 'Vous êtes connecté',
  signedInAs: 'Connecté en tant que {name}.',
  appStatusLabel: 'Application d’authentification\u00a0:',
  appChecking: 'Vérification…',
  appOn: 'Activée',
  appOff: 'Non configurée',
  appUnknown: 'Vérification impossible',
  appCheckFailed:
    'Impossible de joindre le service de connexion pour vérifier votre application d’authentification. Vérifiez votre connexion, puis réessayez.',
  setUpApp: 'Configurer une application d’authentification',
  tryAgain: 'Réessayer',
  signOut: 'Se déconnecter',
  replaceApp: 'Remplacer l’application d’authentification',
  replaceQuestion: 'Remplacer votre application d’authentification\u00a0?',
  replaceEffect:
    'Vous scannerez un nouveau QR code, avec le téléphone ou l’application de votre choix. Une fois terminé, l’entrée actuelle ne fonctionnera plus\u00a0: supprimez-la alors.',
  turnOffApp: 'Désactiver',
  turnOffQuestion: 'Désactiver votre application d’authentification\u00a0?',
  turnOffEffect:
    'La connexion ne demandera plus de code, ce qui rend votre compte plus facile à pirater. L’entrée de ce compte dans l’application ne fonctionnera plus\u00a0: supprimez-la.',
  turningOff: 'Désactivation…',
  keepApp: 'La garder',

  configProblemHeading: 'Cette page n’est pas encore configurée',
  configProblemBody:
    'Elle a besoin de la région du groupe d’utilisateurs, de son identifiant et d’un identifiant de client d’application\u00a0: soit dans config.json à côté d’index.html (à la racine du site, quelle que soit l’adresse de la page), soit dans les variables VITE_COGNITO_* au moment de la compilation. Le README explique comment.',

  restartNotice: {
    'session-expired':
      'La configuration doit être terminée dans les quelques minutes qui suivent la connexion, et ce délai est écoulé. Reconnectez-vous pour obtenir un nouveau QR code. Si vous avez déjà ajouté ce compte dans votre application d’authentification, supprimez d’abord cette entrée.',
    'session-used':
      'Cette session de configuration a déjà été utilisée. Reconnectez-vous pour obtenir un nouveau QR code. Si vous avez déjà ajouté ce compte dans votre application d’authentification, supprimez d’abord cette entrée.',
    'session-invalid': 'Cette session de configuration n’est plus valide. Reconnectez-vous pour recommencer la configuration.',
    'not-authorized': 'Vous avez été déconnecté avant que l’application d’authentification soit ajoutée. Reconnectez-vous pour l’ajouter.',
  },
  unsupportedChallenge:
    'Ce compte demande une étape de connexion que cette page ne propose pas ({challenge}). Utilisez la connexion principale de l’application.',
  signedOut: 'Vous êtes déconnecté.',
  signedOutNotRevoked:
    'Vous êtes déconnecté sur cet appareil, mais le service de connexion n’a pas pu en être informé\u00a0: votre connexion peut rester valide ailleurs jusqu’à son expiration (dans l’heure).',
  enrolledNotice: 'Application d’authentification ajoutée. Désormais, la connexion vous demandera un code de cette application.',
  replacedNotice:
    'Application d’authentification remplacée. Seule la nouvelle entrée fonctionne désormais\u00a0: supprimez l’ancienne de votre application.',
  turnedOffNotice: 'Application d’authentification désactivée. La connexion ne demande plus de code.',
  restoredFromHistory:
    'Vous êtes revenu sur cette page avec Précédent ou Suivant. Pour protéger votre compte, elle a oublié votre connexion et toute configuration en cours. Reconnectez-vous.',

  wrongCredentials: 'Le nom d’utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez.',
  passwordRejected: 'Ce mot de passe ne respecte pas les règles indiquées ci-dessus. Choisissez-en un autre.',
  passwordReused: 'Vous avez déjà utilisé ce mot de passe. Choisissez-en un que vous n’avez jamais utilisé avec ce compte.',
  sessionLost: 'Votre connexion a pris trop de temps et doit recommencer. Reconnectez-vous.',
  passwordResetRequired: 'Ce compte a besoin d’un nouveau mot de passe. Réinitialisez votre mot de passe, puis connectez-vous.',
  setupProblem:
    'La connexion n’est pas correctement configurée pour cette page (le client d’application ou le groupe d’utilisateurs). Contactez le support du site.',
  authFlowNotEnabled:
    'La connexion n’est pas correctement configurée pour cette page\u00a0: son client d’application n’autorise pas {flow}. Activez ALLOW_{flow} dans les flux d’authentification du client d’application, ou réglez l’authFlow de la page sur un flux que le client autorise. Contactez le support du site.',
  somethingWentWrong: 'Une erreur s’est produite lors de la connexion. Réessayez.',
};
