import type { Ref } from 'react';
import type { Messages } from './messages';
import type { HeadingLevel } from './step-heading';

/** What every step view gets from the wizard. */
export interface StepViewProps {
  /** The wizard moves focus here when this step appears. */
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  messages: Messages;
}
