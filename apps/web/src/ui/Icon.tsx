/**
 * The app's icons, drawn on a 24×24 grid with strokes. Icons that point (back, send, forward,
 * reply) carry `flip-rtl` so they point the other way in Arabic.
 */
const PATHS = {
  back: 'M15 5l-7 7 7 7',
  send: 'M4 12l16-8-6 16-3-7z M11 13l9-9',
  attach:
    'M16 7l-7.5 7.5a2.5 2.5 0 003.5 3.5L19 11a4.5 4.5 0 00-6.4-6.4L5.5 11.7a6.5 6.5 0 009.2 9.2L20 15.5',
  mic: 'M12 3a3 3 0 00-3 3v6a3 3 0 006 0V6a3 3 0 00-3-3z M5 11a7 7 0 0014 0 M12 18v3',
  check: 'M4 12.5l5 5L20 6.5',
  doubleCheck: 'M2 12.5l5 5L18 6.5 M11 16.5l1 1L23 6.5',
  clock: 'M12 3a9 9 0 100 18 9 9 0 000-18z M12 7v5l3 2',
  search: 'M10.5 4a6.5 6.5 0 100 13 6.5 6.5 0 000-13z M15.5 15.5L20 20',
  more: 'M12 5h.01 M12 12h.01 M12 19h.01',
  close: 'M6 6l12 12 M18 6L6 18',
  smile: 'M12 3a9 9 0 100 18 9 9 0 000-18z M8.5 14a4.5 4.5 0 007 0 M9 9.5h.01 M15 9.5h.01',
  reply: 'M10 8L5 12.5 10 17 M5 12.5h9a5 5 0 015 5V19',
  forward: 'M14 8l5 4.5-5 4.5 M19 12.5h-9a5 5 0 00-5 5V19',
  trash: 'M4 7h16 M9 7V4h6v3 M6 7l1 13h10l1-13',
  edit: 'M4 20h4L19 9l-4-4L4 16z M13 7l4 4',
  pin: 'M9 4h6l-1 5 4 4H6l4-4z M12 13v7',
  mute: 'M5 9h3l5-4v14l-5-4H5z M17 9l4 6 M21 9l-4 6',
  archive: 'M3 5h18v4H3z M5 9v10h14V9 M10 13h4',
  group:
    'M9 11a3.5 3.5 0 100-7 3.5 3.5 0 000 7z M2.5 20a6.5 6.5 0 0113 0 M16 4.5a3.5 3.5 0 010 6.5 M18 14a6.5 6.5 0 013.5 6',
  person: 'M12 11a4 4 0 100-8 4 4 0 000 8z M4 21a8 8 0 0116 0',
  camera: 'M4 7h4l2-3h4l2 3h4v13H4z M12 10a3.5 3.5 0 100 7 3.5 3.5 0 000-7z',
  image: 'M4 4h16v16H4z M4 16l5-5 4 4 3-3 4 4 M15.5 8.5h.01',
  document: 'M6 3h8l5 5v13H6z M14 3v5h5 M9 13h7 M9 17h7',
  location: 'M12 21s7-6.5 7-12a7 7 0 00-14 0c0 5.5 7 12 7 12z M12 7a2 2 0 100 4 2 2 0 000-4z',
  contact: 'M4 4h16v16H4z M12 12a3 3 0 100-6 3 3 0 000 6z M7 18a5 5 0 0110 0',
  play: 'M7 4l13 8-13 8z',
  pause: 'M7 4h3v16H7z M14 4h3v16h-3z',
  stop: 'M6 6h12v12H6z',
  download: 'M12 4v11 M7 10l5 5 5-5 M5 20h14',
  headphones: 'M4 16v-4a8 8 0 0116 0v4 M4 14h3v6H4z M17 14h3v6h-3z',
  settings:
    'M12 9a3 3 0 100 6 3 3 0 000-6z M19 12l2-1.5-2-3.5-2.5.5-1.5-1.5L14.5 3h-5L9 6l-1.5 1.5L5 7l-2 3.5L5 12l-2 1.5L5 17l2.5-.5L9 18l.5 3h5l.5-3 1.5-1.5 2.5.5 2-3.5z',
  link: 'M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1 M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1',
  qr: 'M4 4h6v6H4z M14 4h6v6h-6z M4 14h6v6H4z M14 14h2v2h-2z M18 18h2v2h-2z M14 18h2 M18 14h2',
  plus: 'M12 5v14 M5 12h14',
  chat: 'M4 5h16v11H9l-5 4z',
  devices: 'M3 5h14v10H3z M1 19h18 M19 9h4v10h-4z',
  block: 'M12 3a9 9 0 100 18 9 9 0 000-18z M5.6 5.6l12.8 12.8',
  globe: 'M12 3a9 9 0 100 18 9 9 0 000-18z M3 12h18 M12 3c3 3.5 3 14.5 0 18 M12 3c-3 3.5-3 14.5 0 18',
  moon: 'M20 14.5A8 8 0 019.5 4 8 8 0 1020 14.5z',
  arrowDown: 'M12 5v14 M6 13l6 6 6-6',
  info: 'M12 3a9 9 0 100 18 9 9 0 000-18z M12 11v6 M12 7.5h.01',
  logout: 'M10 5H5v14h5 M14 8l4 4-4 4 M18 12H9',
  chevronDown: 'M6 9l6 6 6-6',
  copy: 'M9 9h11v11H9z M5 15H4V4h11v1',
  refresh: 'M20 11a8 8 0 10-2.3 5.7 M20 4v7h-7',
  store:
    'M4 9l1.5-5h13L20 9 M4 9a2.7 2.7 0 005.3 0 2.7 2.7 0 005.4 0 2.7 2.7 0 005.3 0 M5 11v9h14v-9 M10 20v-5h4v5',
  personAdd: 'M10 11a4 4 0 100-8 4 4 0 000 8z M2 21a8 8 0 0113-6.2 M19 14v6 M16 17h6',
  mail: 'M3 6h18v12H3z M3 6l9 7 9-7',
  greeting: 'M4 5h16v11H9l-5 4z M9 10.5a3.5 3.5 0 006 0',
  away: 'M4 5h16v11H9l-5 4z M12 7.5v3l2 1.5',
  bolt: 'M13 3L5 13h6l-1 8 8-10h-6z',
  label: 'M3 12V4h8l10 10-8 8z M7.5 8.5h.01',
  quickReply: 'M4 5h16v11H9l-5 4z M13 7l-3 4h4l-3 4',
  broadcast: 'M3 10v4h3l8 5V5L6 10z M18 9a4 4 0 010 6 M20.5 6.5a7.5 7.5 0 010 11',
  chart: 'M4 4v16h16 M8 16v-5 M12 16V8 M16 16v-7',
  arrowUp: 'M12 19V5 M6 11l6-6 6 6',
  cart: 'M3 4h2l2.5 11h11L21 7H6.5 M9 20h.01 M17 20h.01',
  bag: 'M5 8h14l-1 12H6z M9 8V6a3 3 0 016 0v2',
  list: 'M9 6h11 M9 12h11 M9 18h11 M4.5 6h.01 M4.5 12h.01 M4.5 18h.01',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 005 5L15 13l5 2v4a2 2 0 01-2 2A16 16 0 013 6a2 2 0 012-2z',
} as const;

export type IconName = keyof typeof PATHS;

const POINTING: ReadonlySet<IconName> = new Set(['back', 'send', 'reply', 'forward', 'logout']);

export function Icon({ name, size = 22, label }: { name: IconName; size?: number; label?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={POINTING.has(name) ? 'flip-rtl' : undefined}
      role={label === undefined ? undefined : 'img'}
      aria-hidden={label === undefined ? true : undefined}
      aria-label={label}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
