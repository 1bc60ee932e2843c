// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changelogExplains, checkSizes, newestSection, unexplained, type SizeFigures } from './size-budget.ts';

const recorded: SizeFigures = {
  'page-js-css-gzip': 100_000,
  'bytes-before-form': 80_000,
  'bytes-before-sign-in': 85_000,
  'bytes-per-enrollment': 90_000,
  'wizard-in-sdk-host': 20_000,
  'wizard-in-react-host': 70_000,
};

const changelog = (newest: string) =>
  ['# Changelog', '', '## Unreleased', '', newest, '', '## 0.1.0', '', '- `wizard-in-react-host` grew: older news.', ''].join('\n');

describe('the size rule', () => {
  it('lets a figure grow by 2% and no more', () => {
    const checks = checkSizes({ ...recorded, 'page-js-css-gzip': 102_000, 'bytes-before-form': 81_700 }, recorded, undefined);
    expect(checks.find((c) => c.key === 'page-js-css-gzip')?.verdict).toBe('within');
    expect(checks.find((c) => c.key === 'bytes-before-form')?.verdict).toBe('regression');
    expect(unexplained(checks).map((c) => c.key)).toEqual(['bytes-before-form']);
  });

  it('welcomes a figure that shrank', () => {
    const [page] = checkSizes({ ...recorded, 'page-js-css-gzip': 60_000 }, recorded, undefined);
    expect(page).toMatchObject({ verdict: 'within', change: -0.4 });
  });

  it('accepts growth that the newest CHANGELOG section names by key', () => {
    const grown = { ...recorded, 'wizard-in-sdk-host': 30_000 };
    const text = changelog('- The QR code draws itself (`wizard-in-sdk-host` +10 kB): phones without a camera app.');
    expect(checkSizes(grown, recorded, text).find((c) => c.key === 'wizard-in-sdk-host')?.verdict).toBe('explained');
  });

  it('does not let an older release’s line excuse a new regression', () => {
    const grown = { ...recorded, 'wizard-in-react-host': 80_000 };
    const text = changelog('- Nothing about sizes.');
    expect(checkSizes(grown, recorded, text).find((c) => c.key === 'wizard-in-react-host')?.verdict).toBe('regression');
  });

  it('does not take a longer key for the figure’s own', () => {
    expect(changelogExplains(changelog('- `bytes-before-form-2` grew'), 'bytes-before-form')).toBe(false);
    expect(changelogExplains(changelog('- bytes-before-form grew because…'), 'bytes-before-form')).toBe(true);
  });

  it('fails a regression when there is no CHANGELOG.md at all', () => {
    const checks = checkSizes({ ...recorded, 'bytes-per-enrollment': 100_000 }, recorded, undefined);
    expect(unexplained(checks).map((c) => c.key)).toEqual(['bytes-per-enrollment']);
  });

  it('reports a figure with no recorded value as new, not as a regression', () => {
    const { 'wizard-in-react-host': _, ...older } = recorded;
    const checks = checkSizes(recorded, older, undefined);
    expect(checks.find((c) => c.key === 'wizard-in-react-host')?.verdict).toBe('new');
    expect(unexplained(checks)).toEqual([]);
  });
});

describe('newestSection', () => {
  it('is the first "## " section', () => expect(newestSection(changelog('- a'))).toBe('## Unreleased\n\n- a\n'));
  it('is the whole text when there are no sections', () => expect(newestSection('- a\n- b')).toBe('- a\n- b'));
});
