import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;

// RFC 6238 as authenticator apps do it (SHA-1, 6 digits, 30 s), from a Cognito SecretCode.
const totpFor = (secretCode: string) =>
  new TOTP({ secret: Secret.fromBase32(secretCode), algorithm: 'SHA1', digits: 6, period: 30 });

/** The code an authenticator app shows at a time (now by default). */
export const codeFor = (secretCode: string, at = Date.now()): string => totpFor(secretCode).generate({ timestamp: at });

/** A well-formed code that Cognito must refuse: not valid one step early, now, or one step late. */
export function wrongCodeFor(secretCode: string, at = Date.now()): string {
  const valid = new Set([-30_000, 0, 30_000, 60_000].map((offset) => codeFor(secretCode, at + offset)));
  let candidate = Number(codeFor(secretCode, at));
  do candidate = (candidate + 111_111) % 1_000_000;
  while (valid.has(String(candidate).padStart(6, '0')));
  return String(candidate).padStart(6, '0');
}

/** Per secret, the time steps whose codes a test already typed. */
const typed = new Map<string, Set<number>>();

/**
 * A code the user has not typed yet, as Cognito accepts each code only once: the one the
 * app shows now, else the one it shows next (Cognito accepts a code one step early, as
 * for a phone whose clock runs a little ahead). Undefined when this test typed both.
 */
function untypedCode(secretCode: string): string | undefined {
  const now = Date.now();
  const step = Math.floor(now / PERIOD_MS);
  const steps = typed.get(secretCode) ?? new Set<number>();
  typed.set(secretCode, steps);
  const free = [step, step + 1].find((s) => !steps.has(s));
  if (free === undefined) return undefined;
  steps.add(free);
  return codeFor(secretCode, free * PERIOD_MS);
}

/** The code to type now (see untypedCode); throws when only waiting would give a new one. */
export function unusedCodeFor(secretCode: string): string {
  const code = untypedCode(secretCode);
  if (code === undefined) throw new Error('both codes near now were typed already: await nextUnusedCodeFor() instead');
  return code;
}

/** A code not typed yet, waiting for the app's next code when the two near now were, as a user would. */
export async function nextUnusedCodeFor(secretCode: string): Promise<string> {
  for (;;) {
    const code = untypedCode(secretCode);
    if (code !== undefined) return code;
    await new Promise((resolve) => setTimeout(resolve, PERIOD_MS - (Date.now() % PERIOD_MS) + 50));
  }
}
