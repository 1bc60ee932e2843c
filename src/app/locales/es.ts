import type { PageMessages } from '../page-messages';

/** Spanish (español), tú. */
export const esPage: PageMessages = {
  pageTitle: (screen, issuer) => `${screen} – ${issuer}`,
  language: 'Idioma',

  signInHeading: 'Iniciar sesión',
  appNeeded:
    'Puede que se te pida configurar una app de autenticación, como Google Authenticator, Microsoft Authenticator o 1Password. ' +
    'Si aún no tienes una en tu teléfono, instálala antes de iniciar sesión: la configuración debe terminarse en los {minutes} minutos siguientes al inicio de sesión.',
  poolLegend: 'Grupo de usuarios',
  usernameLabel: 'Nombre de usuario',
  passwordLabel: 'Contraseña',
  usernameMissing: 'Introduce tu nombre de usuario.',
  passwordMissing: 'Introduce tu contraseña.',
  signIn: 'Iniciar sesión',
  signingIn: 'Iniciando sesión…',
  demoUsers: 'Usuarios de demostración de este grupo local:',
  demoPassword: 'contraseña',

  newPasswordHeading: 'Elige una contraseña nueva',
  newPasswordIntro: '{name}, tu cuenta se creó con una contraseña temporal. Elige la tuya para continuar.',
  newPasswordLabel: 'Contraseña nueva',
  repeatPasswordLabel: 'Repite la contraseña nueva',
  passwordEmpty: 'Elige una contraseña nueva.',
  passwordsDiffer: 'Las dos contraseñas no coinciden. Vuelve a escribir la contraseña nueva.',
  passwordRulesIntro: 'Tu contraseña necesita:',
  passwordRuleLength: (minimum) => `al menos ${minimum} caracteres`,
  passwordRuleLower: 'una letra minúscula',
  passwordRuleUpper: 'una letra mayúscula',
  passwordRuleNumber: 'un número',
  passwordRuleSymbol: 'un símbolo, como ! ? # o %',
  continue: 'Continuar',
  cancel: 'Cancelar',

  totpHeading: 'Introduce tu código',
  totpInstructions: 'Abre tu app de autenticación, busca {issuer} ({account}) e introduce el código de 6 dígitos que muestra.',
  totpDevice: 'Llamaste «{device}» a esta app al configurarla.',
  checking: 'Comprobando…',

  enrollHeading: 'Verificación en dos pasos',
  enrollSessionIntro: 'Tu cuenta necesita la verificación en dos pasos antes de que puedas iniciar sesión.',
  enrollTokenIntro: 'Añade a cada inicio de sesión un código de una app de autenticación.',
  replaceIntro:
    'Vuelve a configurar tu app de autenticación con un código QR nuevo. Cuando termines, la entrada que tienes ahora dejará de funcionar: bórrala entonces.',
  leaveSetupQuestion: '¿Salir de la configuración?',
  setupTitle: 'Configura tu app de autenticación',
  setupDoneTitle: 'App de autenticación añadida',
  setupFailedTitle: 'Configuración interrumpida',

  signedInHeading: 'Has iniciado sesión',
  signedInAs: 'Sesión iniciada como {name}.',
  appStatusLabel: 'App de autenticación:',
  appChecking: 'Comprobando…',
  appOn: 'Activada',
  appOff: 'Sin configurar',
  appUnknown: 'No se pudo comprobar',
  appCheckFailed:
    'No se pudo conectar con el servicio de inicio de sesión para comprobar tu app de autenticación. Comprueba tu conexión e inténtalo de nuevo.',
  setUpApp: 'Configurar una app de autenticación',
  tryAgain: 'Intentar de nuevo',
  signOut: 'Cerrar sesión',
  replaceApp: 'Sustituir la app de autenticación',
  replaceQuestion: '¿Sustituir tu app de autenticación?',
  replaceEffect:
    'Escanearás un código QR nuevo, con el teléfono o la app que elijas. Cuando termines, la entrada que tienes ahora dejará de funcionar: bórrala entonces.',
  turnOffApp: 'Desactivar',
  turnOffQuestion: '¿Desactivar tu app de autenticación?',
  turnOffEffect:
    'Al iniciar sesión ya no se pedirá un código, lo que hace tu cuenta más fácil de atacar. La entrada de esta cuenta en la app dejará de funcionar: bórrala.',
  turningOff: 'Desactivando…',
  keepApp: 'Mantenerla',

  configProblemHeading: 'Esta página aún no está configurada',
  configProblemBody:
    'Necesita la región del grupo de usuarios, su identificador y el de un cliente de aplicación: en config.json junto a index.html (en la ruta base del sitio, sea cual sea la dirección de la página), o en las variables VITE_COGNITO_* al compilar. El README explica cómo.',

  restartNotice: {
    'session-expired':
      'La configuración debe terminarse en pocos minutos tras iniciar sesión, y ese tiempo se ha acabado. Vuelve a iniciar sesión para obtener un código QR nuevo. Si ya añadiste esta cuenta a tu app de autenticación, borra antes esa entrada.',
    'session-used':
      'Esa sesión de configuración ya se usó. Vuelve a iniciar sesión para obtener un código QR nuevo. Si ya añadiste esta cuenta a tu app de autenticación, borra antes esa entrada.',
    'session-invalid': 'Esa sesión de configuración ya no es válida. Vuelve a iniciar sesión para empezar de nuevo.',
    'not-authorized': 'Se cerró tu sesión antes de añadir la app de autenticación. Vuelve a iniciar sesión para añadirla.',
  },
  unsupportedChallenge:
    'Esta cuenta necesita un paso de inicio de sesión que esta página no ofrece ({challenge}). Usa el inicio de sesión principal de la aplicación.',
  signedOut: 'Has cerrado sesión.',
  signedOutNotRevoked:
    'Has cerrado sesión en este dispositivo, pero no se pudo avisar al servicio de inicio de sesión, así que tu sesión puede seguir siendo válida en otros lugares hasta que caduque (en menos de una hora).',
  enrolledNotice: 'App de autenticación añadida. A partir de ahora, al iniciar sesión se te pedirá un código de ella.',
  replacedNotice: 'App de autenticación sustituida. Ahora solo funciona la entrada nueva: borra la antigua de tu app.',
  turnedOffNotice: 'App de autenticación desactivada. Al iniciar sesión ya no se pide ningún código.',
  restoredFromHistory:
    'Has vuelto a esta página con Atrás o Adelante. Para proteger tu cuenta, ha olvidado tu inicio de sesión y cualquier configuración en curso. Vuelve a iniciar sesión.',

  wrongCredentials: 'El nombre de usuario o la contraseña no son correctos. Compruébalos e inténtalo de nuevo.',
  passwordRejected: 'Esa contraseña no cumple las reglas indicadas arriba. Elige otra.',
  passwordReused: 'Ya usaste esa contraseña antes. Elige una que no hayas usado con esta cuenta.',
  sessionLost: 'Tu inicio de sesión tardó demasiado y tiene que empezar de nuevo. Vuelve a iniciar sesión.',
  passwordResetRequired: 'Esta cuenta necesita una contraseña nueva. Restablece tu contraseña y luego inicia sesión.',
  setupProblem:
    'El inicio de sesión no está bien configurado para esta página (el cliente de aplicación o el grupo de usuarios). Contacta con el soporte del sitio.',
  authFlowNotEnabled:
    'El inicio de sesión no está bien configurado para esta página: su cliente de aplicación no permite {flow}. Activa ALLOW_{flow} en los flujos de autenticación del cliente de aplicación, o configura el authFlow de la página con uno que el cliente permita. Contacta con el soporte del sitio.',
  somethingWentWrong: 'Algo salió mal al iniciar sesión. Inténtalo de nuevo.',
};
