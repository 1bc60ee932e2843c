import { Component, type ReactNode } from 'react';

interface ViewBoundaryProps {
  /** What to show instead when the children fail to render. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Keeps a part of the wizard that fails to render (a QR code library refusing its data, a host's
 * message function throwing) from unmounting the host's whole page: that part is replaced by the
 * fallback. React reports the error as for any boundary (the root's `onCaughtError`).
 */
export class ViewBoundary extends Component<ViewBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
