import { createChunkLoader } from './chunk-loader';

/** The page's two deferred parts; one download each, shared by every screen. */
export const signInChunk = createChunkLoader(() => import('./sign-in-chunk'));
export const wizardChunk = createChunkLoader(() => import('./wizard-chunk'));
