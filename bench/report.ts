// The bench's tables, as Markdown, from what the runs measured. Pure: bench/run.ts measures.
import type { BenchApp } from './apps.ts';
import type { Condition } from './conditions.ts';
import type { RunResult } from './enrollment-run.ts';
import { floorMs, roundTrips, transferMs, type RoundTrips, type TimedFigure } from './floors.ts';
import type { HostSizes } from './host-sizes.ts';
import { SIZE_FIGURES, TOLERANCE_PERCENT, type SizeCheck } from './size-budget.ts';
import { formatCount, formatKb, formatMs, formatRatio, median, summarize, type Summary } from './stats.ts';

/** The runs of one condition, by app. */
export interface ConditionRuns {
  condition: Condition;
  ours: RunResult[];
  amplify: RunResult[];
}

const TIMED: { figure: TimedFigure; title: string }[] = [
  { figure: 'formUsable', title: 'page load to the sign-in form usable' },
  { figure: 'signInUsable', title: 'page load to Sign in usable (the page’s script has run)' },
  { figure: 'signInToQr', title: 'Sign in pressed to the key on screen (a QR code that decodes; on the phone, ours: “Open in authenticator app”)' },
  { figure: 'codeToSignedIn', title: 'code submitted to signed in' },
];

const SIZED: { pick: (run: RunResult) => number; title: string }[] = [
  { pick: (run) => run.bytesBeforeForm, title: 'bytes before the sign-in form is usable (gzip, on the wire)' },
  { pick: (run) => run.bytesBeforeSignIn, title: 'bytes before Sign in is usable (gzip, on the wire)' },
  { pick: (run) => run.bytesTotal, title: 'bytes for the whole enrollment (on the wire)' },
];

/** The one sign-in flow an app used in every run (the floors depend on it). */
export function flowOf(runs: RunResult[]): string | undefined {
  const flows = new Set(runs.map((run) => run.signInFlow));
  if (flows.size > 1) throw new Error(`the runs used different sign-in flows: ${[...flows].join(', ')}`);
  return runs[0]?.signInFlow;
}

const cell = (s: Summary, format: (n: number) => string) =>
  s.median === s.p95 ? format(s.median) : `${format(s.median)} (${format(s.p95)})`;
const ratioCell = (ours: Summary, theirs: Summary) =>
  formatRatio(ours.median, theirs.median) === formatRatio(ours.p95, theirs.p95)
    ? formatRatio(ours.median, theirs.median)
    : `${formatRatio(ours.median, theirs.median)} (${formatRatio(ours.p95, theirs.p95)})`;

function floorCell(trips: { ours: RoundTrips; amplify: RoundTrips }, rttMs: number) {
  const one = (t: RoundTrips) => (rttMs > 0 ? `${formatMs(floorMs(t, rttMs))} (${t.count} RT)` : `${t.count} RT`);
  return trips.ours.count === trips.amplify.count ? one(trips.ours) : `ours ${one(trips.ours)}, Amplify ${one(trips.amplify)}`;
}

/** One condition's table: medians with p95 in brackets, ours ÷ Amplify, and the floors. */
export function conditionTable({ condition, ours, amplify }: ConditionRuns, apps: { ours: BenchApp; amplify: BenchApp }): string {
  const flows = { ours: flowOf(ours), amplify: flowOf(amplify) };
  const rows = [
    `| figure | ${apps.ours.name} | ${apps.amplify.name} | ours ÷ Amplify | floor |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const { figure, title } of TIMED) {
    const a = summarize(ours.map((run) => run[figure]));
    const b = summarize(amplify.map((run) => run[figure]));
    const trips = { ours: roundTrips(figure, flows.ours), amplify: roundTrips(figure, flows.amplify) };
    rows.push(`| ${title} | ${cell(a, formatMs)} | ${cell(b, formatMs)} | ${ratioCell(a, b)} | ${floorCell(trips, condition.rttMs)} |`);
  }
  for (const { pick, title } of SIZED) {
    const a = summarize(ours.map(pick));
    const b = summarize(amplify.map(pick));
    rows.push(`| ${title} | ${cell(a, formatKb)} | ${cell(b, formatKb)} | ${ratioCell(a, b)} | |`);
  }
  const calls = (runs: RunResult[]) => summarize(runs.map((run) => run.cognitoCalls.length));
  const preflights = (runs: RunResult[]) => summarize(runs.map((run) => run.cognitoPreflights));
  const requests = (runs: RunResult[]) => `${cell(calls(runs), formatCount)} + ${cell(preflights(runs), formatCount)} preflight`;
  rows.push(
    `| requests to Cognito per enrollment (+ CORS preflights) | ${requests(ours)} | ${requests(amplify)} | ${ratioCell(calls(ours), calls(amplify))} | |`,
  );
  return rows.join('\n');
}

/** The floors' round trips, the flows they follow, and what they leave out. */
export function floorNotes(runs: ConditionRuns): string[] {
  const flows = { ours: flowOf(runs.ours), amplify: flowOf(runs.amplify) };
  const notes = TIMED.map(({ figure, title }) => {
    const ours = roundTrips(figure, flows.ours);
    const amplify = roundTrips(figure, flows.amplify);
    const why = ours.why === amplify.why ? ours.why : `ours: ${ours.why}; Amplify: ${amplify.why}`;
    return `- Floor of "${title}": ${why}.`;
  });
  const rate = runs.condition.downBytesPerSecond;
  if (rate) {
    const before = (r: RunResult[]) => formatMs(transferMs(median(r.map((run) => run.bytesBeforeForm)), rate));
    notes.push(
      `- Besides its round trips, a download takes its bytes ÷ the bandwidth: the bytes before the form take ${before(runs.ours)} (ours) and ${before(runs.amplify)} (Amplify) at this condition's downlink.`,
    );
  }
  notes.push(`- Sign-in flows: ours ${flows.ours ?? '?'}, Amplify ${flows.amplify ?? '?'}.`);
  return notes;
}

export type TargetVerdict = { target: string; measured: string; pass: boolean };

/** Issue 12's targets, under the phone condition, and the wizard's size in a host with the SDK. */
export function targets(phone: ConditionRuns, hosts: HostSizes): TargetVerdict[] {
  const ours = (figure: TimedFigure) => median(phone.ours.map((run) => run[figure]));
  const ratio = (figure: TimedFigure) => ours(figure) / median(phone.amplify.map((run) => run[figure]));
  const formRatio = ratio('formUsable');
  // Where the form is in the HTML, Sign in works once the script has run: said beside the target.
  const signInRatio = ratio('signInUsable');
  const before = median(phone.ours.map((run) => run.bytesBeforeForm));
  const qrFloor = floorMs(roundTrips('signInToQr', flowOf(phone.ours)), phone.condition.rttMs);
  const qrRatio = ours('signInToQr') / qrFloor;
  const added = hosts.sdkHost.with - hosts.sdkHost.without;
  return [
    {
      target: 'sign-in form usable ≤ 0.5× Amplify’s time (phone, median)',
      measured: `${formatRatio(formRatio, 1)} (Sign in usable: ${formatRatio(signInRatio, 1)})`,
      pass: formRatio <= 0.5,
    },
    { target: 'bytes before the form ≤ 90 kB gzip', measured: formatKb(before), pass: before <= 90_000 },
    {
      target: `Sign in to QR ≤ 1.25× its floor of ${formatMs(qrFloor)} (phone, median)`,
      measured: `${formatMs(ours('signInToQr'))} = ${formatRatio(qrRatio, 1)}`,
      pass: qrRatio <= 1.25,
    },
    { target: 'the wizard in a host with the AWS SDK client ≤ 24 kB gzip (JS and CSS)', measured: formatKb(added), pass: added <= 24_000 },
  ];
}

export function targetTable(verdicts: TargetVerdict[]): string {
  return [
    '| target | measured | |',
    '| --- | ---: | --- |',
    ...verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.pass ? 'pass' : '**miss**'} |`),
  ].join('\n');
}

export function hostTable(hosts: HostSizes): string {
  const row = (title: string, sizes: { without: number; with: number }) =>
    `| ${title} | ${formatKb(sizes.without)} | ${formatKb(sizes.with)} | ${formatKb(sizes.with - sizes.without)} |`;
  return [
    '| host app (React 19, Vite’s default build) | without the wizard | with it | the wizard adds |',
    '| --- | ---: | ---: | ---: |',
    row('already uses the AWS SDK’s Cognito client', hosts.sdkHost),
    row('React only', hosts.reactHost),
  ].join('\n');
}

const VERDICT_TEXT: Record<SizeCheck['verdict'], string> = {
  new: 'not recorded yet',
  within: 'ok',
  explained: 'grew; CHANGELOG.md says why',
  regression: `**grew by more than ${TOLERANCE_PERCENT}% and CHANGELOG.md does not say why**`,
};

export function sizeCheckTable(checks: SizeCheck[]): string {
  const change = (c: SizeCheck) => (c.change === undefined ? '' : `${c.change >= 0 ? '+' : ''}${(c.change * 100).toFixed(1)}%`);
  return [
    '| figure | key | recorded | now | change | |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...checks.map(
      (c) =>
        `| ${SIZE_FIGURES[c.key]} | \`${c.key}\` | ${c.recorded === undefined ? '–' : `${c.recorded} B`} | ${c.measured} B | ${change(c)} | ${VERDICT_TEXT[c.verdict]} |`,
    ),
  ].join('\n');
}
