import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The stylesheet as shipped, read as text: jsdom neither lays out nor resolves var(), and the unit
// project's Vite pipeline empties CSS imports, so this check runs with the node tests.
const css = readFileSync(new URL('./mfa-wizard.css', import.meta.url), 'utf8');

/** The light and dark values of a variable, from its light-dark() declaration. */
function schemes(variable: string): [string, string] {
  const match = new RegExp(`${variable}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!match?.[1] || !match[2]) throw new Error(`no light-dark() value for ${variable}`);
  return [match[1], match[2]];
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

/** The declarations of the rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  return css.slice(start, css.indexOf('}', start));
}

describe('the stylesheet', () => {
  describe.each([
    ['light', 0],
    ['dark', 1],
  ] as const)('in the %s scheme', (_scheme, index) => {
    it('draws text fields with an edge of at least 3:1 against the background (WCAG 1.4.11)', () => {
      expect(css).toMatch(/--mfa-input-border:\s*var\(--mfa-muted\);/);
      expect(contrast(schemes('--mfa-muted')[index], schemes('--mfa-background')[index])).toBeGreaterThanOrEqual(3);
      expect(contrast(schemes('--mfa-error')[index], schemes('--mfa-background')[index])).toBeGreaterThanOrEqual(3);
    });

    it('keeps the busy Verify button at its resting colours, at least 4.5:1', () => {
      expect(contrast(schemes('--mfa-accent-text')[index], schemes('--mfa-accent')[index])).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('gives text fields the field edge, and dims nothing with opacity', () => {
    expect(rule('.mfa-wizard input')).toContain('border: 1px solid var(--mfa-input-border);');
    expect(css).not.toMatch(/opacity\s*:/);
  });

  it('turns the busy ring only when motion is welcome', () => {
    const motionQuery = css.indexOf('@media (prefers-reduced-motion: no-preference)');
    expect(motionQuery).toBeGreaterThan(0);
    // The only animation is declared inside that query.
    expect(css.indexOf('animation:')).toBeGreaterThan(motionQuery);
    expect(css.slice(motionQuery)).toContain('animation: mfa-wizard-spin');
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['auto', 'light dark'],
  ])('turns colorScheme %s into color-scheme: %s, which every light-dark() colour follows', (value, scheme) => {
    expect(rule(`.mfa-wizard[data-color-scheme='${value}']`)).toContain(`color-scheme: ${scheme};`);
  });

  it('keeps room between its own background and its content in every scheme', () => {
    expect(rule('.mfa-wizard')).toMatch(/--mfa-padding:\s*1rem;/);
    expect(rule('.mfa-wizard')).toContain('padding: var(--mfa-padding);');
    // Neither the dark colours nor a scheme's rule take it away.
    const darkColours = css.slice(css.indexOf('@supports (color: light-dark('), css.indexOf('.mfa-wizard *,'));
    expect(darkColours).toContain('--mfa-background: light-dark(');
    expect(darkColours).not.toContain('padding');
  });
});
