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

/**
 * base^exponent mod modulus for a non-negative exponent and a positive modulus: four bits of the
 * exponent at a time (four squarings, then one multiplication by a power of the base made once).
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw new RangeError('the modulus must be positive');
  if (exponent < 0n) throw new RangeError('the exponent must not be negative');
  const reduced = ((base % modulus) + modulus) % modulus;
  const powers = [1n % modulus, reduced];
  for (let i = 2; i < 16; i++) powers.push(((powers[i - 1] ?? 1n) * reduced) % modulus);
  let result = 1n % modulus;
  for (const digit of exponent.toString(16)) {
    for (let i = 0; i < 4; i++) result = (result * result) % modulus;
    result = (result * (powers[parseInt(digit, 16)] ?? 1n)) % modulus;
  }
  return result;
}
