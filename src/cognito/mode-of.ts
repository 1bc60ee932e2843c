import type { ModeInputs, SessionModeInputs } from './adapter-options';

/**
 * Whether the inputs are session mode's: the one test of the mode, used by the adapter and the hook
 * alike. An `accessToken` (even with stray session inputs from untyped code) means access-token mode.
 */
export function isSessionMode(inputs: ModeInputs): inputs is SessionModeInputs {
  return inputs.accessToken === undefined;
}
