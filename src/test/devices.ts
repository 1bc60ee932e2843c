import { vi } from 'vitest';

/** A device by its media features: how it points, whether it hovers, and how wide its viewport is in px. */
export interface Device {
  pointer: 'fine' | 'coarse';
  hover: 'hover' | 'none';
  width: number;
}

/** matchMedia answering for `device`, for the media features the wizard could ask about. */
export function stubDevice(device: Device) {
  const feature = (test: string): boolean => {
    const [name, value] = test.split(':').map((part) => part.trim());
    if (name === 'pointer') return device.pointer === value;
    if (name === 'hover') return device.hover === value;
    if (name === 'max-width') return device.width <= parseFloat(value ?? '') * (value?.endsWith('rem') ? 16 : 1);
    throw new Error(`no stub for the media feature ${test}`);
  };
  // A list of queries ("a, b") matches if one does; a query ("(a) and (b)") if all its features do.
  const matches = (query: string) =>
    query.split(',').some((one) => [...one.matchAll(/\(([^)]+)\)/g)].every(([, test]) => feature(test ?? '')));
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: matches(query),
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}

export const phone: Device = { pointer: 'coarse', hover: 'none', width: 390 };
export const laptop: Device = { pointer: 'fine', hover: 'hover', width: 1280 };
/** A laptop at 200% zoom: as narrow as a phone, with a mouse. */
export const zoomedLaptop: Device = { pointer: 'fine', hover: 'hover', width: 640 };
