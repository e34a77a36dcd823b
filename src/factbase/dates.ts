/** Month names and their common abbreviations, 1-based. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
    ...(name === 'september' ? [['sept', 9] as [string, number]] : []),
  ]),
);

export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** A calendar date as precise as the text gives it. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

/** "2018", "2018-03" or "2018-03-05" as a date exactly as precise as it is written. */
export function calendarOf(iso: string): CalendarDate {
  const [year = 0, month, day] = iso.split('-').map(Number);
  return { year, ...(month && { month }), ...(day && { day }) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the date is. */
export function formatDate(d: CalendarDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export const MONTH_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Human words for a calendar date: "2017", "March 2017", "30 September 2017". */
export function describeDate(d: CalendarDate): string {
  const month = d.month ? MONTH_FULL[d.month - 1] : undefined;
  if (!month) return String(d.year);
  return d.day ? `${d.day} ${month} ${d.year}` : `${month} ${d.year}`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;
const CLOCK = /(\d{1,2})[:.](\d{2})\s*([ap])\.?m\.?|(\d{1,2})[:.](\d{2})(?!\s*[ap]\.?m)/i;

/**
 * Parses a dateline such as "Sunday, 12 November, 2017, 4:18pm", "Nov 12, 2017 16:18" or
 * "2017-11-12T16:18" into a local ISO date-time (seconds included), or undefined.
 */
export function parseDateline(text: string, utcOffset?: string): string | undefined {
  let date: CalendarDate | undefined;
  let rest = text;
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  const iso = ISO_DATE.exec(text);
  if (dmy) {
    date = { year: Number(dmy[3]), month: monthNumber(dmy[2] ?? ''), day: Number(dmy[1]) };
    rest = text.slice(dmy.index + dmy[0].length);
  } else if (mdy) {
    date = { year: Number(mdy[3]), month: monthNumber(mdy[1] ?? ''), day: Number(mdy[2]) };
    rest = text.slice(mdy.index + mdy[0].length);
  } else if (iso) {
    date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    rest = text.slice(iso.index + iso[0].length);
  }
  if (!date?.month || !date.day || !isValidDay(date.year, date.month, date.day)) return undefined;
  const clock = CLOCK.exec(rest);
  let hours = 0;
  let minutes = 0;
  if (clock?.[1] !== undefined) {
    hours = (Number(clock[1]) % 12) + (clock[3]?.toLowerCase() === 'p' ? 12 : 0);
    minutes = Number(clock[2]);
  } else if (clock?.[4] !== undefined) {
    hours = Number(clock[4]);
    minutes = Number(clock[5]);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${formatDate(date)}T${pad(hours)}:${pad(minutes)}:00${utcOffset ?? ''}`;
}

function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The last day of a month. */
export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar date part of an ISO date-time. */
export function dateOf(iso: string): CalendarDate {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

/**
 * The most recent occurrence of `month` (and `day`) on or before `reference`: a news story written
 * in November that says "in April" means April of the same year; one written in February means
 * the April before.
 */
export function mostRecent(month: number, day: number | undefined, reference: CalendarDate): CalendarDate {
  const refMonth = reference.month ?? 12;
  const refDay = reference.day ?? 31;
  const notYet = month > refMonth || (month === refMonth && (day ?? 1) > refDay);
  const year = notYet ? reference.year - 1 : reference.year;
  return day === undefined ? { year, month } : { year, month, day };
}
