/** Why the location could not be had: a denied permission needs a different message. */
export class LocationError extends Error {
  constructor(readonly reason: 'denied' | 'unavailable') {
    super(`Location ${reason}`);
  }
}

/** The browser's current position, once; a fresh fix, as a shared location should be where you are. */
export function currentPosition(): Promise<{ latitude: number; longitude: number }> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new LocationError('unavailable'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ latitude: coords.latitude, longitude: coords.longitude }),
      (error) => reject(new LocationError(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable')),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  });
}
