/**
 * The big-number half of Cognito's SRP, on the platform's `BigInt`: the group, the numbers written as
 * Cognito's clients hash them, and the modular power. Shared by the page's SRP (srp.ts) and the local
 * Cognito's server side; each side is held to an outside reference of its own (srp.test.ts to
 * cognito-srp-helper, the local Cognito's srp.test.ts to amazon-cognito-identity-js), and this module's
 * power to jsbn, the library those clients compute with (srp-arithmetic.test.ts).
 */

/** The 3072-bit group of RFC 3526 (section 4), which Cognito's SRP uses, with generator 2. */
const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const N = BigInt(`0x${N_HEX}`);
export const g = 2n;

/** A hex number (as Cognito writes SRP_B and SALT) as a BigInt; anything else is refused. */
export function fromHex(hex: string): bigint {
  // BigInt() refuses most of these too, but takes white space around the digits ("12 " would be 0x12).
  // Stryker disable next-line Regex: without the ^, what the regex then lets through ("x12") BigInt("0xx12") refuses all the same.
  if (!/^[0-9a-f]+$/i.test(hex)) throw new SyntaxError(`not a hex number: "${hex.slice(0, 40)}"`);
  return BigInt(`0x${hex}`);
}

/**
 * A non-negative number as Cognito's clients hash it: even-length hex, with "00" first when its top
 * bit is set (the number's minimal two's-complement bytes, as Java's BigInteger writes them).
 */
export function padHex(n: bigint): string {
  if (n < 0n) throw new RangeError('padHex: SRP hashes no negative number');
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

/** Bits of the exponent taken at once: up to five, so base^1, base^3 … base^31 are made once (16 products). */
const WINDOW_BITS = 5;

/**
 * base^exponent mod modulus for a non-negative exponent and a positive modulus, in [0, modulus) for a
 * negative base too: left to right, a squaring per bit, and one multiplication per window of up to
 * five bits that starts and ends with a 1 (a sliding window: about a sixth as many multiplications as
 * bits; ~10% less time than fixed four-bit windows on SRP's exponents).
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw new RangeError('the modulus must be positive');
  if (exponent < 0n) throw new RangeError('the exponent must not be negative');
  const reduced = ((base % modulus) + modulus) % modulus;
  const squared = (reduced * reduced) % modulus;
  // oddPowers[i] = base^(2i + 1)
  const oddPowers = [reduced];
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: a longer table gives the same powers (its extra entries go unused), only slower.
  for (let i = 1; i < 1 << (WINDOW_BITS - 1); i++) oddPowers.push(((oddPowers[i - 1] ?? 1n) * squared) % modulus);
  const bits = exponent.toString(2);
  let result = 1n % modulus;
  let at = 0;
  while (at < bits.length) {
    if (bits[at] === '0') {
      result = (result * result) % modulus;
      at++;
      continue;
    }
    // The longest window from here, of at most WINDOW_BITS bits, that ends with a 1.
    let end = Math.min(at + WINDOW_BITS, bits.length);
    while (bits[end - 1] === '0') end--;
    for (let i = at; i < end; i++) result = (result * result) % modulus;
    result = (result * (oddPowers[(parseInt(bits.slice(at, end), 2) - 1) / 2] ?? 1n)) % modulus;
    at = end;
  }
  return result;
}

/** Rows of the generator's comb: 2^8 products made ahead. */
const COMB_ROWS = 8;

/**
 * g^e mod N for exponents of up to `exponentBits` bits, by a fixed-base comb (Lim and Lee): the
 * exponent's bits are read as COMB_ROWS rows of `exponentBits / COMB_ROWS` columns, and a power is a
 * squaring and at most one multiplication per column, by one of 256 products of g made once, here
 * (for 512 bits: 64 squarings and 64 multiplications, where the sliding window takes 512 squarings
 * and about 85 multiplications; the table takes ~700 products to make and ~100 kB to keep). SRP's g^a
 * and g^x use it: the table is made with the first pair, ahead of Sign in.
 */
export function generatorPowers(exponentBits: number): (exponent: bigint) => bigint {
  const columns = Math.ceil(exponentBits / COMB_ROWS);
  const width = columns * COMB_ROWS;
  // rowBases[j] = g^(2^(columns·j)); table[m] = the product of rowBases[j] for each bit j set in m.
  const rowBases = [g % N];
  for (let j = 1; j < COMB_ROWS; j++) {
    let base = rowBases[j - 1] ?? 1n;
    for (let i = 0; i < columns; i++) base = (base * base) % N;
    rowBases.push(base);
  }
  const table = [1n];
  for (let m = 1; m < 1 << COMB_ROWS; m++) {
    const lowest = m & -m;
    table.push(((table[m ^ lowest] ?? 1n) * (rowBases[31 - Math.clz32(lowest)] ?? 1n)) % N);
  }
  return (exponent) => {
    if (exponent < 0n || exponent >> BigInt(width) !== 0n) throw new RangeError(`the exponent must be a number of ${width} bits at most`);
    // bits[width - 1 - k] is the exponent's bit k.
    const bits = exponent.toString(2).padStart(width, '0');
    let result = 1n;
    for (let column = columns - 1; column >= 0; column--) {
      result = (result * result) % N;
      let m = 0;
      for (let row = 0; row < COMB_ROWS; row++) if (bits[width - 1 - (row * columns + column)] === '1') m |= 1 << row;
      if (m !== 0) result = (result * (table[m] ?? 1n)) % N;
    }
    return result;
  };
}
