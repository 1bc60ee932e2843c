/**
 * Runs `task` when the browser has nothing more urgent (requestIdleCallback; at the latest after
 * `timeoutMs`), or on the next task where there is no requestIdleCallback. Returns the cancellation.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
