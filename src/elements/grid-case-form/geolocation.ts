import type { GeoPoint } from '../../domain/common.js';

export type LocateProblem = 'denied' | 'unavailable' | 'unsupported';
export type LocateResult = { point: GeoPoint } | { problem: LocateProblem };

/** Asks the browser for the position once, only when the person pressed "use my location". */
export function locate(timeoutMs = 15000): Promise<LocateResult> {
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geo?.getCurrentPosition) return Promise.resolve({ problem: 'unsupported' });
  return new Promise((resolve) => {
    try {
      geo.getCurrentPosition(
        (position) =>
          resolve({ point: { lat: round(position.coords.latitude), lng: round(position.coords.longitude) } }),
        (error) => resolve({ problem: error.code === 1 ? 'denied' : 'unavailable' }),
        { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
      );
    } catch {
      resolve({ problem: 'unavailable' });
    }
  });
}

/** Five decimals is about a metre: enough to find the spot, no false precision. */
function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}
