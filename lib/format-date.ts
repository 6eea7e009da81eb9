/**
 * An ISO day as readers write it ("26 March 2025"), in UTC so a remark's day
 * never shifts with the reader's time zone. Anything else is shown as given.
 */
export function formatDay(iso: string, locale = 'en-GB'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** The event and day for a card's heading, without saying the day twice when the event already names it. */
export function eventLine(event: string | null, iso: string | null): string {
  const day = iso ? formatDay(iso) : '';
  if (event && day && event.includes(day)) return event;
  return [event, day].filter(Boolean).join(' · ');
}
