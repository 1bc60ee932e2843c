/** A package.json "exports" field: a path, conditions, or subpaths mapping to either. */
export type ExportsField = string | null | ExportsField[] | { [key: string]: ExportsField };

/** The conditions a browser bundler (Vite) matches, in the order it prefers them. */
const BROWSER_BUNDLER = ['browser', 'import', 'module', 'default'];

/**
 * The file a browser bundler gets for `subpath` ('.' or './styles.css'), or undefined when the
 * package does not export it. Conditions are tried in the order the package lists them, as Node does.
 */
export function exportTarget(exports: ExportsField, subpath: string, conditions = BROWSER_BUNDLER): string | undefined {
  const isSubpathMap = typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
  const entry = isSubpathMap ? (exports as Record<string, ExportsField>)[subpath] : subpath === '.' ? exports : undefined;
  return entry === undefined ? undefined : pick(entry, conditions);
}

function pick(entry: ExportsField, conditions: string[]): string | undefined {
  if (typeof entry === 'string') return entry;
  if (entry === null) return undefined;
  if (Array.isArray(entry)) {
    for (const item of entry) {
      const found = pick(item, conditions);
      if (found) return found;
    }
    return undefined;
  }
  for (const [condition, value] of Object.entries(entry)) {
    if (!conditions.includes(condition)) continue;
    const found = pick(value, conditions);
    if (found) return found;
  }
  return undefined;
}
