/**
 * A part of the page that is downloaded after the page shows (a dynamic `import()`), started early
 * (`preload`: when the browser is idle, or on the user's first input) so that it is there by the time
 * it is needed. Whoever needs it waits with a deadline, like any request: no wait is open-ended, and a
 * part that does not arrive is an error the user can act on. A failed download is not kept: the next
 * `load` (the user trying again) downloads it again.
 */
export interface ChunkLoader<Module> {
  /** Starts the download unless it is under way or done. Never throws. */
  preload(): void;
  /** The module, when it has arrived; undefined before. */
  current(): Module | undefined;
  /** The module, waiting for it at most `timeoutMs`; rejects with a ChunkLoadError, or the signal's reason. */
  load(options: { timeoutMs: number; signal?: AbortSignal | undefined }): Promise<Module>;
  /** Calls `listener` once the module has arrived (at once, if it has). Returns the unsubscription. */
  onLoaded(listener: () => void): () => void;
}

/** Why a part of the page is not there: its download failed (`network`) or did not end in time (`timeout`). */
export class ChunkLoadError extends Error {
  override name = 'ChunkLoadError';
  constructor(
    readonly kind: 'network' | 'timeout',
    options?: ErrorOptions,
  ) {
    super(kind === 'timeout' ? 'A part of the page did not arrive in time' : 'A part of the page could not be downloaded', options);
  }
}

export function createChunkLoader<Module>(importer: () => Promise<Module>): ChunkLoader<Module> {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  const listeners = new Set<() => void>();

  function start(): Promise<Module> {
    loading ??= importer().then(
      (module) => {
        loaded = module;
        for (const listener of listeners) listener();
        listeners.clear();
        return module;
      },
      (reason: unknown) => {
        loading = undefined;
        throw reason;
      },
    );
    return loading;
  }

  return {
    preload() {
      start().catch(() => undefined);
    },
    current: () => loaded,
    load({ timeoutMs, signal }) {
      if (loaded !== undefined) return Promise.resolve(loaded);
      return new Promise<Module>((resolve, reject) => {
        let done = false;
        const finish = (settle: () => void) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', aborted);
          settle();
        };
        // The download goes on past the deadline (it cannot be stopped); only this wait ends.
        const timer = setTimeout(() => finish(() => reject(new ChunkLoadError('timeout'))), timeoutMs);
        const aborted = () => finish(() => reject(signal?.reason));
        if (signal?.aborted) return aborted();
        signal?.addEventListener('abort', aborted, { once: true });
        start().then(
          (module) => finish(() => resolve(module)),
          (reason: unknown) => finish(() => reject(new ChunkLoadError('network', { cause: reason }))),
        );
      });
    },
    onLoaded(listener) {
      if (loaded !== undefined) {
        listener();
        return () => undefined;
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
