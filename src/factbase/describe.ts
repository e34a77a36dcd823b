import { calendarOf, describeDate } from './dates';
import type { Comparator, Fact, FactValue } from './schema';

/** How each comparator reads before a number ("more than "). */
export const COMPARATOR_WORDS: Record<Comparator, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  nearly: 'nearly ',
  'less-than': 'less than ',
  'up-to': 'up to ',
};
const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const CURRENCY_PREFIX: Record<string, string> = { USD: 'US$', HKD: 'HK$', SGD: 'S$', EUR: '€', GBP: '£', INR: 'Rs ' };
const CURRENCY_SUFFIX: Record<string, string> = { CNY: ' yuan', JPY: ' yen', MYR: ' ringgit' };

/** 2970000000 → "2.97 billion", 60000 → "60,000", 1000000 → "1 million". */
export function formatAmount(amount: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(amount) >= scale) return `${Number((amount / scale).toPrecision(6))} ${word}`;
  }
  // By hand: toLocaleString is slow, and this runs for every number a question is weighed against.
  // Cents for amounts of one or more; a price per token ("0.0005 yuan") keeps its own digits.
  const rounded = Math.abs(amount) < 1 ? Number(amount.toPrecision(4)) : Number(amount.toFixed(2));
  const [whole = '0', fraction] = String(rounded).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

function formatMoney(amount: number, currency: string): string {
  const prefix = CURRENCY_PREFIX[currency];
  const suffix = CURRENCY_SUFFIX[currency] ?? (prefix ? '' : ` ${currency}`);
  return `${prefix ?? ''}${formatAmount(amount)}${suffix}`;
}

/** A value in normalised words: "more than 520 million users", "2.97 billion yuan (US$447 million)". */
export function describeValue(value: FactValue): string {
  switch (value.kind) {
    case 'quantity':
      return `${COMPARATOR_WORDS[value.comparator]}${formatAmount(value.amount)} ${value.unit}`;
    case 'money': {
      const main = `${COMPARATOR_WORDS[value.comparator]}${formatMoney(value.amount, value.currency)}`;
      return value.equivalent ? `${main} (${formatMoney(value.equivalent.amount, value.equivalent.currency)})` : main;
    }
    case 'percent':
      return `${COMPARATOR_WORDS[value.comparator]}${Number(value.amount.toPrecision(4))}%`;
    case 'date':
      return value.recurring ? value.text : describeDate(calendarOf(value.date));
    case 'relation': {
      // "operates in Russia, Spain and the US": the object is the list of places itself.
      const places = value.places;
      if (!places) return value.object;
      const list = places.length > 1 ? `${places.slice(0, -1).join(', ')} and ${places.at(-1)}` : (places[0] ?? '');
      return places.every((p) => value.object.includes(p)) ? list : `${value.object} in ${list}`;
    }
  }
}

/** One line for a fact: "users: more than 520 million users (quarter ended 30 September 2017)". */
export function describeFact(fact: Fact): string {
  const period = fact.period ? ` (${fact.period.label})` : '';
  const forecast = fact.forecast ? ' [forecast]' : '';
  return `${fact.attribute}: ${describeValue(fact.value)}${period}${forecast}`;
}
