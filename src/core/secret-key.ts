/**
 * The base32 key as authenticator apps want it: upper case, no spaces, no '=' padding.
 * Cognito returns it clean; this also makes a key pasted by a host safe to put in a URI.
 */
export function normalizeSecret(secret: string): string {
  return secret.replace(/[\s=]/g, '').toUpperCase();
}

/** The key in groups of four ("ABCD EFGH IJ"), for reading and typing by hand. */
export function groupSecret(secret: string, size = 4): string {
  const clean = normalizeSecret(secret);
  const groups: string[] = [];
  for (let start = 0; start < clean.length; start += size) groups.push(clean.slice(start, start + size));
  return groups.join(' ');
}
