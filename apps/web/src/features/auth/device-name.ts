/**
 * How this browser names itself in the account's device list, e.g. "Chrome (Linux)", as WhatsApp
 * Web shows "Chrome (Windows)". Browser and system names are proper names: not translated.
 */
export function browserDeviceName(userAgent = navigator.userAgent): string {
  return `${browserName(userAgent)} (${systemName(userAgent)})`;
}

function browserName(userAgent: string): string {
  if (userAgent.includes('Edg/')) return 'Edge';
  if (userAgent.includes('OPR/')) return 'Opera';
  if (userAgent.includes('Firefox/')) return 'Firefox';
  if (userAgent.includes('Chrome/') || userAgent.includes('Chromium/')) return 'Chrome';
  if (userAgent.includes('Safari/')) return 'Safari';
  return 'Browser';
}

function systemName(userAgent: string): string {
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'iOS';
  if (userAgent.includes('Android')) return 'Android';
  if (userAgent.includes('Windows')) return 'Windows';
  if (userAgent.includes('Mac OS X')) return 'macOS';
  if (userAgent.includes('CrOS')) return 'ChromeOS';
  if (userAgent.includes('Linux')) return 'Linux';
  return 'Web';
}

/** The `platform` every device this app signs in reports. */
export const WEB_PLATFORM = 'web';
