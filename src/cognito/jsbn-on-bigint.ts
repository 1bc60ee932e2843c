/**
 * jsbn's `BigInteger`, as much of it as cognito-srp-helper uses, on the platform's `BigInt`.
 *
 * cognito-srp-helper does Cognito's SRP with jsbn, a pure-JavaScript big-number library from 2005:
 * its 3072-bit modular powers are the sign-in's largest cost on a phone (about 0.7 s at 4× CPU
 * slowdown between Cognito's challenge and the answer). The page's build resolves `jsbn` to this
 * module (vite.config.ts), so the protocol stays the library's and the powers run on `BigInt`, about
 * five times faster. Results are jsbn's, value for value: jsbn-on-bigint.test.ts holds the two
 * together on every operation the library calls, and the e2e specs sign in against the local Cognito.
 */
export class BigInteger {
  static readonly ZERO = new BigInteger(0n);
  static readonly ONE = new BigInteger(1n);

  readonly value: bigint;

  /** From a string in base 16 or 10 (jsbn's way: an optional minus sign, then digits), or a bigint. */
  constructor(value: string | bigint, radix: 10 | 16 = 10) {
    if (typeof value === 'bigint') {
      this.value = value;
      return;
    }
    const negative = value.startsWith('-');
    const digits = negative ? value.slice(1) : value;
    const pattern = radix === 16 ? /^[0-9a-f]+$/i : /^[0-9]+$/;
    if (!pattern.test(digits)) throw new SyntaxError(`not a base-${radix} integer: "${value}"`);
    const magnitude = BigInt(radix === 16 ? `0x${digits}` : digits);
    this.value = negative ? -magnitude : magnitude;
  }

  toString(radix: 10 | 16 = 10): string {
    return this.value.toString(radix);
  }

  compareTo(other: BigInteger): number {
    return this.value === other.value ? 0 : this.value < other.value ? -1 : 1;
  }

  equals(other: BigInteger): boolean {
    return this.value === other.value;
  }

  abs(): BigInteger {
    return this.value < 0n ? new BigInteger(-this.value) : this;
  }

  add(other: BigInteger): BigInteger {
    return new BigInteger(this.value + other.value);
  }

  subtract(other: BigInteger): BigInteger {
    return new BigInteger(this.value - other.value);
  }

  multiply(other: BigInteger): BigInteger {
    return new BigInteger(this.value * other.value);
  }

  /** this^exponent mod modulus, in [0, modulus), a negative base included, as jsbn gives it. */
  modPow(exponent: BigInteger, modulus: BigInteger): BigInteger {
    return new BigInteger(modPow(this.value, exponent.value, modulus.value));
  }
}

/** Bits of the exponent taken at once: up to five, so base^1, base^3 … base^31 are made once (16 products). */
const WINDOW_BITS = 5;

/**
 * base^exponent mod modulus for a non-negative exponent and a positive modulus: left to right, a
 * squaring per bit, and one multiplication per window of up to five bits that starts and ends with a 1
 * (a sliding window: about a sixth as many multiplications as bits; SRP's 1024-bit exponents take
 * ~10% less time than with fixed four-bit windows).
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw new RangeError('the modulus must be positive');
  if (exponent < 0n) throw new RangeError('the exponent must not be negative');
  const reduced = ((base % modulus) + modulus) % modulus;
  const squared = (reduced * reduced) % modulus;
  // oddPowers[i] = base^(2i + 1)
  const oddPowers = [reduced];
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
