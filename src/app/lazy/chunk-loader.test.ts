import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, createChunkLoader } from './chunk-loader';

/** An import() whose answer the test gives, counting the downloads. */
function fakeImport<Module>() {
  const downloads: { resolve: (module: Module) => void; reject: (reason: unknown) => void }[] = [];
  const importer = () =>
    new Promise<Module>((resolve, reject) => {
      downloads.push({ resolve, reject });
    });
  return { importer, downloads };
}

const MODULE = { createSignIn: 'the module' };

afterEach(() => vi.useRealTimers());

describe('createChunkLoader', () => {
  it('downloads once, however many ask (preload, then a wait), and gives the module to each', async () => {
    const { importer, downloads } = fakeImport<typeof MODULE>();
    const loader = createChunkLoader(importer);
    loader.preload();
    loader.preload();
    const waiting = loader.load({ timeoutMs: 1000 });
    expect(downloads).toHaveLength(1);
    expect(loader.current()).toBeUndefined();
    downloads[0]?.resolve(MODULE);
    await expect(waiting).resolves.toBe(MODULE);
    expect(loader.current()).toBe(MODULE);
    await expect(loader.load({ timeoutMs: 1000 })).resolves.toBe(MODULE);
    expect(downloads).toHaveLength(1);
  });

  it('tells whoever listens once the module has arrived, and at once when it already has', async () => {
    const { importer, downloads } = fakeImport<typeof MODULE>();
    const loader = createChunkLoader(importer);
    const early = vi.fn();
    loader.onLoaded(early);
    loader.preload();
    expect(early).not.toHaveBeenCalled();
    downloads[0]?.resolve(MODULE);
    await loader.load({ timeoutMs: 1000 });
    expect(early).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    loader.onLoaded(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting at the deadline with a timeout, and the module that arrives later is there for the next wait', async () => {
    vi.useFakeTimers();
    const { importer, downloads } = fakeImport<typeof MODULE>();
    const loader = createChunkLoader(importer);
    const waiting = loader.load({ timeoutMs: 20_000 });
    const outcome = expect(waiting).rejects.toEqual(expect.objectContaining({ name: 'ChunkLoadError', kind: 'timeout' }));
    await vi.advanceTimersByTimeAsync(19_999);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    downloads[0]?.resolve(MODULE);
    await expect(loader.load({ timeoutMs: 20_000 })).resolves.toBe(MODULE);
    expect(downloads).toHaveLength(1);
  });

  it('turns a failed download into a network error, and downloads again when asked again', async () => {
    const { importer, downloads } = fakeImport<typeof MODULE>();
    const loader = createChunkLoader(importer);
    const first = loader.load({ timeoutMs: 1000 });
    const cause = new TypeError('Failed to fetch dynamically imported module');
    downloads[0]?.reject(cause);
    const error: unknown = await first.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ChunkLoadError);
    expect(error).toMatchObject({ kind: 'network', cause });
    const second = loader.load({ timeoutMs: 1000 });
    expect(downloads).toHaveLength(2);
    downloads[1]?.resolve(MODULE);
    await expect(second).resolves.toBe(MODULE);
  });

  it('lets a failed preload pass quietly: the wait that follows downloads again', async () => {
    const { importer, downloads } = fakeImport<typeof MODULE>();
    const loader = createChunkLoader(importer);
    loader.preload();
    downloads[0]?.reject(new TypeError('offline'));
    await Promise.resolve();
    await Promise.resolve();
    const waiting = loader.load({ timeoutMs: 1000 });
    expect(downloads).toHaveLength(2);
    downloads[1]?.resolve(MODULE);
    await expect(waiting).resolves.toBe(MODULE);
  });

  it('stops waiting when the caller no longer wants it, with the caller’s reason', async () => {
    const { importer } = fakeImport<typeof MODULE>();
    const loader = createChunkLoader(importer);
    const controller = new AbortController();
    const waiting = loader.load({ timeoutMs: 1000, signal: controller.signal });
    const reason = new DOMException('cancelled', 'AbortError');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    const already = loader.load({ timeoutMs: 1000, signal: controller.signal });
    await expect(already).rejects.toBe(reason);
  });
});
