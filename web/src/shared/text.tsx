import { Fragment } from 'react';

// No dayjs here (issue 15 point 8): the public pages format their times with these, and dayjs is in the `antd` chunk
// (vite.config.ts), which a public page without Ant Design does not load. The browser's Intl does the time zone.

/** Times are shown as the bureaus publish them: China Standard Time, wherever the reader is. */
const CHINA = 'Asia/Shanghai';

/**
 * A search highlight fragment: the API marks matches with <em>…</em> in otherwise plain text.
 * Rendered as text with <em> elements only — nothing else in a fragment is taken as markup.
 */
export function Highlighted({ fragment }: { fragment: string }) {
  const parts = fragment.split(/(<em>.*?<\/em>)/g);
  return (
    <span className="hl">
      {parts.map((part, i) =>
        part.startsWith('<em>') && part.endsWith('</em>') ? <em key={i}>{part.slice(4, -5)}</em> : <Fragment key={i}>{part}</Fragment>,
      )}
    </span>
  );
}

/**
 * China's wall clock, one formatter for the page: dayjs's `tz()` built a new `Intl` formatter on every call
 * (`toLocaleString` with a time zone), 20–30 ms of a page listing a few dozen times (issue 15 point 8).
 */
const CHINA_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: CHINA,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as 2026-08-31 10:00, China's time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return 'Invalid Date';
  const part = chinaClock(instant);
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

function chinaClock(instant: Date): Record<string, string> {
  return Object.fromEntries(CHINA_CLOCK.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** A calendar date (2023-08-31) as 2023年8月31日. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return date ? `${date[1]}年${Number(date[2])}月${Number(date[3])}日` : 'Invalid Date';
}

/** A decimal as the API gives it (92.0 stays 92.0). */
export function formatDecimal(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

/** Today's date in China (2026-12-07), whatever the browser's time zone: the bureaus' day. */
export function chinaToday(): string {
  const part = chinaClock(new Date());
  return `${part.year}-${part.month}-${part.day}`;
}
