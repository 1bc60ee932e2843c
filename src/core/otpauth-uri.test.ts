// @vitest-environment node
import { TOTP, URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { buildOtpauthUri } from './otpauth-uri';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

function parse(uri: string): TOTP {
  const otp = URI.parse(uri);
  if (!(otp instanceof TOTP)) throw new Error('expected a TOTP URI');
  return otp;
}

describe('buildOtpauthUri', () => {
  describe.each([
    ['plain', 'Acme', 'alice', 'Acme', 'alice'],
    ['an e-mail address', 'Acme', 'alice@example.com', 'Acme', 'alice@example.com'],
    ['a hash', 'Acme', 'al#ice', 'Acme', 'al#ice'],
    ['a question mark', 'Acme', 'al?ice', 'Acme', 'al?ice'],
    ['an ampersand', 'Acme & Co', 'a&b=c', 'Acme & Co', 'a&b=c'],
    ['a percent sign', '100% Corp', 'al%20ice', '100% Corp', 'al%20ice'],
    ['a slash', 'Acme/EU', 'dept/alice', 'Acme/EU', 'dept/alice'],
    ['spaces', 'Acme Corp', 'Alice Smith', 'Acme Corp', 'Alice Smith'],
    ['non-ASCII', 'Société Générale', 'zoë@exämple.de', 'Société Générale', 'zoë@exämple.de'],
    ['emoji and CJK', '東京 🏯', '山田太郎', '東京 🏯', '山田太郎'],
    ['a colon in the account', 'Acme', 'tenant:alice', 'Acme', 'tenant alice'],
    ['a colon in the issuer', 'Acme:EU', 'alice', 'Acme EU', 'alice'],
    ['everything at once', 'A:B#?&%/', 'x:y#?&%/ z', 'A B#?&%/', 'x y#?&%/ z'],
  ])('given %s', (_case, issuer, accountName, shownIssuer, shownAccount) => {
    const uri = buildOtpauthUri({ issuer, accountName, secret });

    it('parses back to the same secret, issuer and account', () => {
      const otp = parse(uri);
      expect(otp.secret.base32).toBe(secret);
      expect(otp.issuer).toBe(shownIssuer);
      expect(otp.label).toBe(shownAccount);
    });

    it('leaves out SHA1, 6 digits and 30 seconds, which a parser assumes, as apps do', () => {
      const otp = parse(uri);
      expect([otp.algorithm, otp.digits, otp.period]).toEqual(['SHA1', 6, 30]);
      expect(new URL(uri).searchParams.has('algorithm')).toBe(false);
      expect(new URL(uri).searchParams.has('digits')).toBe(false);
      expect(new URL(uri).searchParams.has('period')).toBe(false);
    });

    it('has exactly one ":" in the label, one "?" and no raw "#"', () => {
      const label = uri.slice('otpauth://totp/'.length, uri.indexOf('?'));
      expect(label.split(':')).toHaveLength(2);
      expect(uri.split('?')).toHaveLength(2);
      expect(uri).not.toContain('#');
    });
  });

  it.each([
    ['lower case', 'jbswy3dpehpk3pxp'],
    ['spaces', 'JBSW Y3DP EHPK 3PXP'],
    ['padding', 'JBSWY3DPEHPK3PXP===='],
  ])('writes a key with %s upper case, unpadded and unspaced', (_case, rawSecret) => {
    const uri = buildOtpauthUri({ issuer: 'Acme', accountName: 'alice', secret: rawSecret });
    expect(new URL(uri).searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('writes the exact documented shape', () => {
    expect(buildOtpauthUri({ issuer: 'Acme Corp', accountName: 'alice@example.com', secret: 'JBSWY3DPEHPK3PXP' })).toBe(
      'otpauth://totp/Acme%20Corp:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20Corp',
    );
  });

  it('turns a ":" in the issuer into a space and a run of spaces into one', () => {
    const uri = buildOtpauthUri({ issuer: 'Acme:  Corp', accountName: 'alice', secret: 'JBSWY3DPEHPK3PXP' });
    expect(uri).toBe('otpauth://totp/Acme%20Corp:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20Corp');
  });

  it('keeps the words on each side of a ":" apart', () => {
    const uri = buildOtpauthUri({ issuer: 'Acme:Corp', accountName: 'dept\uff1aalice', secret: 'JBSWY3DPEHPK3PXP' });
    expect(uri).toBe('otpauth://totp/Acme%20Corp:dept%20alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20Corp');
  });

  it('leaves the issuer out when there is none', () => {
    const uri = buildOtpauthUri({ issuer: ' ', accountName: 'alice', secret });
    expect(uri).toBe(`otpauth://totp/alice?secret=${secret}`);
  });
});
