// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { usernameFromAccessToken } from './access-token';

function token(claims: object): string {
  const encode = (value: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;
}

describe('usernameFromAccessToken', () => {
  it.each([
    [token({ username: 'alice' }), 'alice'],
    [token({ username: 'zoë@exämple.de', sub: 'x' }), 'zoë@exämple.de'],
    // Its payload's base64url has both '-' and '_', which plain base64 spells '+' and '/'.
    [token({ username: '>>>???' }), '>>>???'],
    [token({ sub: 'no-username' }), undefined],
    [token({ username: 42 }), undefined],
    ['not-a-jwt', undefined],
    ['a.%%%.c', undefined],
    ['', undefined],
  ])('reads %j as %j', (accessToken, expected) => {
    expect(usernameFromAccessToken(accessToken)).toBe(expected);
  });
});
