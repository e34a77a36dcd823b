// Apart from dates.ts, whose month table the cards and the popup would otherwise carry.
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "12 Nov 2017" from an ISO date or date-time (its date part, as written); '' when there is none.
 * Not `toLocaleString`: a page's first Intl date format loads locale data, which took 51 ms of the
 * popup's first answer (measured with the DevTools profiler).
 */
export function shortDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  const month = SHORT_MONTHS[Number(m?.[2]) - 1];
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : '';
}

/** ", 12 Nov 2017" to follow a publisher's name; nothing when the source has no date. */
export function afterPublisher(iso: string | undefined): string {
  const day = shortDate(iso);
  return day && `, ${day}`;
}
