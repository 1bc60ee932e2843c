import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { ChunkLoadError, type ChunkLoader } from './chunk-loader';

export interface ChunkState<Module> {
  /** The module, once it has arrived. */
  module: Module | undefined;
  /** Why it is not there, once the wait for it ended without it. */
  failed: ChunkLoadError['kind'] | null;
  /** Waits for it again (downloading it again after a failure). */
  retry(): void;
}

/** A deferred part of the page for a view: waited for within `timeoutMs` while the view is on screen. */
export function useChunk<Module>(loader: ChunkLoader<Module>, timeoutMs: number): ChunkState<Module> {
  const module = useSyncExternalStore(loader.onLoaded, loader.current, loader.current);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState<ChunkLoadError['kind'] | null>(null);
  useEffect(() => {
    if (loader.current() !== undefined) return;
    const controller = new AbortController();
    loader.load({ timeoutMs, signal: controller.signal }).catch((reason: unknown) => {
      if (!controller.signal.aborted) setFailed(reason instanceof ChunkLoadError ? reason.kind : 'network');
    });
    return () => controller.abort();
  }, [loader, timeoutMs, attempt]);
  const retry = useCallback(() => {
    setFailed(null);
    setAttempt((n) => n + 1);
  }, []);
  return { module, failed: module === undefined ? failed : null, retry };
}
