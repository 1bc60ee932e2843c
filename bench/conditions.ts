import type { BrowserContextOptions, CDPSession } from '@playwright/test';

/** Where the runs happen: a desktop on loopback, or a phone on a mobile network. */
export interface Condition {
  id: 'unthrottled' | 'phone';
  title: string;
  /** The network's round-trip time in ms (loopback's is taken as 0): what the floors are made of. */
  rttMs: number;
  /** Bytes per second down, for the transfer time of a download; undefined when not throttled. */
  downBytesPerSecond: number | undefined;
  context: BrowserContextOptions;
  /** Applies the condition to a page before it navigates (Chrome DevTools Protocol). */
  apply(cdp: CDPSession): Promise<void>;
}

export const unthrottled: Condition = {
  id: 'unthrottled',
  title: 'No throttling (desktop, loopback)',
  rttMs: 0,
  downBytesPerSecond: undefined,
  context: { viewport: { width: 1280, height: 800 } },
  apply: async () => undefined,
};

const PHONE_RTT_MS = 150;
const PHONE_DOWN_BITS = 1_600_000;
const PHONE_UP_BITS = 750_000;

/**
 * A mid-range phone: 4× slower CPU, 150 ms round trips, 1.6 Mbps down and 750 kbps up (Lighthouse's
 * mobile figures), through DevTools' own throttling, which holds every response back by the latency
 * and paces its bytes at the throughput. A phone-sized screen at 1.75 device pixels per CSS pixel.
 */
export const phone: Condition = {
  id: 'phone',
  title: 'Mid-range phone (4× CPU slowdown, 150 ms RTT, 1.6 Mbps down, 750 kbps up)',
  rttMs: PHONE_RTT_MS,
  downBytesPerSecond: PHONE_DOWN_BITS / 8,
  context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  apply: async (cdp) => {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE_RTT_MS,
      downloadThroughput: PHONE_DOWN_BITS / 8,
      uploadThroughput: PHONE_UP_BITS / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  },
};

export const conditions = [unthrottled, phone];
