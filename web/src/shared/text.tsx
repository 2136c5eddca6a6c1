import { Fragment } from 'react';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

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
  const instant = dayjs(value);
  if (!instant.isValid()) return 'Invalid Date';
  const part = Object.fromEntries(CHINA_CLOCK.formatToParts(instant.toDate()).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** A calendar date (2023-08-31) as 2023年8月31日. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日') : '';
}

/** A decimal as the API gives it (92.0 stays 92.0). */
export function formatDecimal(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

/** Today's date in China (2026-12-07), whatever the browser's time zone: the bureaus' day. */
export function chinaToday(): string {
  return dayjs().tz(CHINA).format('YYYY-MM-DD');
}
