// What the bench watches for inside the page, and when each thing happened on the page's own clock
// (milliseconds since the navigation started, as performance.now()). Installed before the page's
// own scripts run; it only reads the DOM and never changes it.

/** Something a user waits to see: described by role and accessible name, never by markup. */
export type Probe =
  /** A text field with this label (a pattern, matched whole) that a user can focus and type in. */
  | { kind: 'field'; label: string }
  /** A button with this name (a pattern, matched whole) that a user can press: not disabled, not aria-disabled. */
  | { kind: 'button'; name: string }
  /** An image (an <img> or role="img") whose name matches, with its picture there: the QR code. */
  | { kind: 'image'; name: string }
  /** A heading whose text matches. */
  | { kind: 'heading'; text: string }
  /** A link whose name matches and whose address starts with `scheme` (e.g. "otpauth:", the key itself). */
  | { kind: 'link'; name: string; scheme: string }
  /** Whichever of these shows first. */
  | { kind: 'any'; of: Probe[] };

/** The moments the bench times. */
export type Moment = 'formUsable' | 'signInUsable' | 'qrShown' | 'signedIn';

interface ProbeSetup {
  /** The function (page.exposeFunction) the page calls with a moment, when it was painted and when it started. */
  binding: string;
  /** The page's function that starts watching for a moment. */
  arm: string;
  /** The moments watched from the start: their start is the navigation's, 0. */
  first: { moment: Moment; probe: Probe }[];
}

/**
 * Runs in the page before its scripts. A moment is marked after the frame in which its probe first
 * matches has been painted and the main thread has taken its next task: when a user could act on
 * it. `arm` starts watching for a moment and takes the next trusted click as its start: the press of
 * Sign in or Verify, as the browser received it (event.timeStamp, on the same clock).
 */
function installProbes({ binding, arm, first }: ProbeSetup): void {
  interface Armed {
    moment: string;
    probe: Probe;
  }
  const armed: Armed[] = [...first];
  const starts: Record<string, number> = {};
  let awaitingClick: string | undefined;

  const whole = (source: string) => new RegExp(`^\\s*(${source})\\s*\\*?\\s*$`, 'i');
  const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => textOf(document.getElementById(id))).join(' ');
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      return [...(el.labels ?? [])].map((l) => textOf(l)).join(' ');
    }
    if (el instanceof HTMLImageElement) return el.alt.trim();
    return '';
  };
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      !el.closest('[inert], [aria-hidden="true"]')
    );
  };
  const matches = (probe: Probe): boolean => {
    switch (probe.kind) {
      case 'field':
        return [...document.querySelectorAll('input, textarea')].some(
          (el) =>
            whole(probe.label).test(nameOf(el)) &&
            !el.matches(':disabled') &&
            !(el as HTMLInputElement).readOnly &&
            shown(el),
        );
      case 'button':
        return [...document.querySelectorAll('button, [role="button"], input[type="submit"]')].some(
          (el) =>
            whole(probe.name).test(nameOf(el) || textOf(el) || (el as HTMLInputElement).value || '') &&
            !el.matches(':disabled') &&
            el.getAttribute('aria-disabled') !== 'true' &&
            shown(el),
        );
      case 'image':
        return [...document.querySelectorAll('img, [role="img"]')].some((el) => {
          if (!new RegExp(probe.name, 'i').test(nameOf(el)) || !shown(el)) return false;
          if (el instanceof HTMLImageElement) return el.complete && el.naturalWidth > 0;
          return el.querySelector('svg path, svg rect, canvas, img') !== null;
        });
      case 'heading':
        return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].some(
          (el) => new RegExp(probe.text, 'i').test(textOf(el)) && shown(el),
        );
      case 'link':
        return [...document.querySelectorAll('a[href]')].some(
          (el) =>
            new RegExp(probe.name, 'i').test(textOf(el)) &&
            (el.getAttribute('href') ?? '').startsWith(probe.scheme) &&
            shown(el),
        );
      case 'any':
        return probe.of.some(matches);
    }
  };
  const report = (moment: string, at: number) => {
    const send = (window as unknown as Record<string, unknown>)[binding];
    if (typeof send === 'function') void send(moment, at, starts[moment] ?? 0);
  };
  const check = () => {
    const found = armed.filter((entry) => matches(entry.probe));
    for (const entry of found) {
      armed.splice(armed.indexOf(entry), 1);
      // rAF runs just before a frame is painted; the task queued from it runs once that frame is done.
      requestAnimationFrame(() => setTimeout(() => report(entry.moment, performance.now()), 0));
    }
  };

  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Pictures and stylesheets that finish loading, and transitions that end, change what is shown.
  for (const type of ['load', 'transitionend', 'animationend']) document.addEventListener(type, check, true);
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || awaitingClick === undefined) return;
      starts[awaitingClick] = event.timeStamp;
      awaitingClick = undefined;
    },
    true,
  );
  Object.defineProperty(window, arm, {
    value: (moment: string, probe: Probe) => {
      awaitingClick = moment;
      armed.push({ moment, probe });
      check();
    },
  });
}

/**
 * Source for a function run in the page. tsx (which runs the bench) wraps named functions in a
 * `__name` helper that the page does not have; the shim makes it a no-op there.
 */
export const pageSource = (fn: (arg: never) => unknown, arg: unknown) =>
  `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;

export const ARM_FUNCTION = '__benchArm';

export const probeScript = (binding: string, first: ProbeSetup['first']) =>
  pageSource(installProbes, { binding, arm: ARM_FUNCTION, first } satisfies ProbeSetup);

/** Starts watching for `moment`; its start is the next click. */
export const armScript = (moment: Moment, probe: Probe) =>
  `window[${JSON.stringify(ARM_FUNCTION)}](${JSON.stringify(moment)}, ${JSON.stringify(probe)})`;
