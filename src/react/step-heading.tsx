import type { ReactNode, Ref } from 'react';

/** The heading levels a step heading can take; the host page owns the levels above. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level to render: the host's when it is a whole number from 2 to 6, otherwise 2. Never throws. */
export function headingLevelOf(level: number | undefined): HeadingLevel {
  switch (level) {
    case 3:
    case 4:
    case 5:
    case 6:
      return level;
    default:
      return 2;
  }
}

interface StepHeadingProps {
  /** The wizard moves focus here when this step appears. */
  headingRef: Ref<HTMLHeadingElement>;
  level: HeadingLevel;
  children: ReactNode;
}

/** A step's heading (h2 unless the host asks for another level), focusable by script only so focus can land on it. */
export function StepHeading({ headingRef, level, children }: StepHeadingProps) {
  const Heading = `h${level}` as const;
  return (
    <Heading ref={headingRef} tabIndex={-1} className="mfa-wizard__heading">
      {children}
    </Heading>
  );
}
