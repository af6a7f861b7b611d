/** Display helpers that are not money (see money.ts). */

import type { Lang } from './i18n';

/** A business registration number as people write it: 1234567890 → 123-45-67890. */
export function formatBrn(brn: string): string {
  const digits = brn.replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}` : brn;
}

/** An instant in Korean time, in the page's language. */
export function formatInstant(iso: string, language: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(language === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}

/** A short id for tight places: the first 8 characters of a UUID. */
export function shortId(id: string): string {
  return id.length > 12 ? id.slice(0, 8) : id;
}
