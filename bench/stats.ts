// The bench's arithmetic and how it prints numbers: pure, and tested in stats.test.ts.

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The nearest-rank percentile: the smallest value at or above p % of them (p95 of 10 runs is the slowest). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export interface Summary {
  median: number;
  p95: number;
}

export const summarize = (values: readonly number[]): Summary => ({ median: median(values), p95: percentile(values, 95) });

/** ours ÷ theirs as printed: "0.68×"; "–" when it cannot be computed. */
export function formatRatio(ours: number, theirs: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs <= 0) return '–';
  return `${(ours / theirs).toFixed(2)}×`;
}

export const formatMs = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '–');

/** Kilobytes of 1,000 bytes, one decimal, as size budgets are given ("90 kB"). */
export const formatKb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '–');

export const formatCount = (n: number) => (Number.isFinite(n) ? (Number.isInteger(n) ? String(n) : n.toFixed(1)) : '–');
