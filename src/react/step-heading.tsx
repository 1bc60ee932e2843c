import type { ReactNode, Ref } from 'react';

interface StepHeadingProps {
  /** The wizard moves focus here when this step appears. */
  headingRef: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** A step's h2 (the host page owns h1), focusable by script only so focus can land on it. */
export function StepHeading({ headingRef, children }: StepHeadingProps) {
  return (
    <h2 ref={headingRef} tabIndex={-1} className="mfa-wizard__heading">
      {children}
    </h2>
  );
}
