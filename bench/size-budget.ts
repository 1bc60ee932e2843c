// The size rule: no figure may grow by more than 2% over the recorded one unless CHANGELOG.md says
// why, in a line of its newest section that names the figure's key. Pure, and tested in
// size-budget.test.ts; bench/run.ts reads and writes the files.

/** How much a figure may grow, in percent. */
export const TOLERANCE_PERCENT = 2;

/** The size figures the rule covers, by key (the name a CHANGELOG line uses), all in bytes. */
export const SIZE_FIGURES = {
  'page-js-css-gzip': 'the enrollment page: its production build’s JS and CSS, gzip',
  'bytes-before-form': 'the enrollment page: bytes over the wire before the sign-in form is usable',
  'bytes-before-sign-in': 'the enrollment page: bytes over the wire before Sign in is usable (its script has run)',
  'bytes-per-enrollment': 'the enrollment page: bytes over the wire for a whole enrollment',
  'wizard-in-sdk-host': 'what the wizard adds to a host that has the AWS SDK client (JS and CSS, gzip)',
  'wizard-in-react-host': 'what the wizard adds to a React-only host (JS and CSS, gzip)',
} as const;

export type SizeKey = keyof typeof SIZE_FIGURES;
export type SizeFigures = Record<SizeKey, number>;

export type Verdict = 'new' | 'within' | 'explained' | 'regression';

export interface SizeCheck {
  key: SizeKey;
  measured: number;
  recorded: number | undefined;
  /** measured ÷ recorded − 1. */
  change: number | undefined;
  verdict: Verdict;
}

/** The newest section of a changelog: from its first "## " heading to the next (all of it if it has none). */
export function newestSection(changelog: string): string {
  const lines = changelog.split(/\r?\n/);
  const first = lines.findIndex((line) => line.startsWith('## '));
  if (first === -1) return changelog;
  const next = lines.findIndex((line, i) => i > first && line.startsWith('## '));
  return lines.slice(first, next === -1 ? undefined : next).join('\n');
}

/** Whether a line of the changelog's newest section names the figure's key (as a whole word). */
export function changelogExplains(changelog: string | undefined, key: SizeKey): boolean {
  if (changelog === undefined) return false;
  const named = new RegExp(`(^|[^\\w-])${key}($|[^\\w-])`);
  return newestSection(changelog)
    .split(/\r?\n/)
    .some((line) => named.test(line));
}

export function checkSizes(
  measured: SizeFigures,
  recorded: Partial<Record<string, number>>,
  changelog: string | undefined,
): SizeCheck[] {
  return (Object.keys(SIZE_FIGURES) as SizeKey[]).map((key) => {
    const before = recorded[key];
    if (before === undefined) return { key, measured: measured[key], recorded: undefined, change: undefined, verdict: 'new' };
    const change = measured[key] / before - 1;
    // In whole numbers, so that exactly 2% is within (102_000 / 100_000 − 1 is a hair over 0.02).
    const verdict: Verdict = measured[key] * 100 <= before * (100 + TOLERANCE_PERCENT) ? 'within' : changelogExplains(changelog, key) ? 'explained' : 'regression';
    return { key, measured: measured[key], recorded: before, change, verdict };
  });
}

export const unexplained = (checks: SizeCheck[]) => checks.filter((check) => check.verdict === 'regression');
