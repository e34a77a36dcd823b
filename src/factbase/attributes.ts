import { headOf, nounPhraseAfter, RATE, NOUN_PHRASE_STOP as STOP } from './noun-phrases';
import { ADDED_COUNT } from './value-words';
import { type NumericValue, valueEnd } from './values';

/**
 * Names what a number measures from the words around it, the way a reader would: the noun phrase
 * after a count ("15 data centres"), "in X" after money ("US$25.3 billion in transactions"), the
 * verb before it ("invested US$2 billion" → investment), or the money noun the clause is about
 * ("revenue ... to 2.97 billion yuan"). Returns undefined when nothing says, so no fact is made.
 */
export interface Attribute {
  attribute: string;
  /** The counted noun phrase as written ("paying customers"), for quantities. */
  unit?: string;
  /** Where that noun phrase ends in the sentence, when it follows the number. */
  unitEnd?: number;
}

/** Nouns that money and percentages are commonly about in business news; longer names first. */
const MONEY_NOUN =
  /\b(gross merchandise (?:volume|value)|market value|market capitali[sz]ation|initial public offering|assets under management|net profit|net income|operating income|(?:free )?cash flow|EBITA|EBITDA|revenue|revenues|sales|profit|profits|income|turnover|earnings|transactions|GMV|IPO|valuation|market|investment|funding|spending|losses|loss|costs?|deal|stake|prices?|capitali[sz]ation|assets)\b/gi;
/** One name for what several words say, so a claim in other words meets the fact ("GMV", "IPO"). */
const CANONICAL: [RegExp, string][] = [
  [/^(?:gross merchandise (?:volume|value)|gmv)$/i, 'GMV'],
  [/^(?:initial public offering|ipo|(?:stock market |public |dual )?(?:debut|listing)|flotation|share sale)$/i, 'IPO'],
  [/^(?:market value|market capitali[sz]ation|capitali[sz]ation|market cap)$/i, 'valuation'],
  [/^net income$/i, 'net profit'],
  [/^assets(?: under management)?$/i, 'assets'],
  [/^prices$/i, 'price'],
];
const canonical = (noun: string) => CANONICAL.find(([pattern]) => pattern.test(noun))?.[1] ?? noun.toLowerCase();
/** Words after a count of time that make it a moment, not a measure: "less than 48 hours before". */
const MOMENT_AFTER = /^(?:before|after|ago|later|earlier|since)\b/;
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;
/** Words after a count that make it a part or a change of a whole: "four other markets", "10 million new users". */
export const PART_COUNT = /^\s+(?:other|more|new|additional|further|extra)\b/i;
const STAFF_NOUN = /^(?:headcount|workforce|staff)$/;
const EMPLOYS = /\b(?:employs|employed|employing|employ|hires|staff\s+of|workforce\s+of|headcount\s+of)\s+$/i;
const TIME_NOUN = /^(?:quarter|year|years|month|months|period|week|weeks|day|days|half|fiscal|decade)$/;
const MONEY_VERBS: [RegExp, string][] = [
  [/\binvest(?:ed|s|ing)?\b/i, 'investment'],
  [/\b(?:raise|raised|raises|raising)\b/i, 'funding'],
  [/\b(?:closed|opened|traded|trading|priced|ended|finished)\b(?:\s+\S+){0,6}\s+at\s*$/i, 'share price'],
  // "shares fall 8.1% to US$285.57"
  [/\b(?:shares|stock)\b(?:\s+\S+){1,4}\s+to\s*$/i, 'share price'],
  [/\b(?:acquired|bought|paid|pays|pay)\b/i, 'acquisition price'],
  // "valued at", "a deal that values the company at": what it is worth.
  [/\b(?:values?|valued|valuing)\s+(?:\S+\s+){0,3}?at\b/i, 'valuation'],
  [/\b(?:spent|spend|spending)\b/i, 'spending'],
  [/\b(?:worth)\b/i, 'valuation'],
  [/\b(?:fined|fines?|penalty|penalised|penalized)\b/i, 'fine'],
  // "offers up to US$3.75 billion to buy out", "a US$10 billion bid": what is offered for a purchase.
  [/\b(?:offer|offers|offered|bid|bids|bidding)\b(?!\s+prices?\b)/i, 'offer'],
];
/** "adding roughly $32 billion to its market value", "wiping US$62 billion off it": a change in what it is worth. */
const VALUE_CHANGE =
  /^\s+(?:to|off|from)\s+(?:(?:its|the|their|the\s+company['’]s)\s+)?market\s+(?:value|capitali[sz]ation|cap)\b/i;
const ADDED = /\b(?:add(?:ed|ing|s)?|gain(?:ed|ing|s)?)\s+(?:\S+\s+){0,2}$/i;
/** "would offer to buy out Cainiao's minority shareholders for up to US$3.75 billion": what is offered, not yet paid. */
const OFFERED_FOR = /\b(?:offer|offers|offered|bid|bids)\s+to\s+(?:buy|acquire|purchase|take)\b[^;]*\bfor\s+$/i;
/** "bought a controlling stake in Trendyol, Turkey’s biggest online retailer, for about US$728 million": the price paid. */
const BOUGHT_FOR = /\b(?:acquired|acquiring|bought|buying|purchased|took\s+control)\b[^;]*\bfor\s+$/i;
const GROWTH_NOUN = /^(increase|rise|growth|jump|gain|surge|decline|drop|fall|decrease)$/;
/**
 * The verb just before a share that says it is a change (`RISE` and `FALL` in value-words.ts read a
 * whole sentence's direction for the checker; these name a fact, so nouns such as "growth" in
 * "growth slows to 12%" are not among them).
 */
const UP_VERB =
  /\b((?<!\bma(?:ke|kes|de|king)\s)up|grow|grew|grown|grows|rose|risen|rises|increased|increases|jumped|climbed|surged|soared|gained|expanded|rebounded|advanced)\b/i;
const DOWN_VERB =
  /\b(down|fell|fallen|falls|fall|drop|drops|dropped|decline|declines|declined|decreased|slumped|shrank|plunged|sank|sink|slid|slide|slipped|dipped|eased|tumbled|lost|cut|cuts|cutting|slashed|lowered|reduced)\b/i;
/** "shares fall 8.1%", "its stock rose": a change in the price of shares. */
const SHARES = /\b(?:shares|stock|share price)\b/i;

function lastMatch(text: string, pattern: RegExp): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(pattern)) found = m[1];
  return found;
}

function quantityAttribute(sentence: string, value: NumericValue, segmentStart: number): Attribute | undefined {
  // Not the total, but how many were added: a measure of its own, which no claim of a total meets.
  const added = ADDED_COUNT.exec(sentence.slice(value.end));
  if (added) {
    const words = nounPhraseAfter(sentence, value.end + added[0].length);
    const head = headOf(words);
    return head
      ? { attribute: `${head} added`, unit: sentence.slice(value.end, words.end).trim(), unitEnd: words.end }
      : undefined;
  }
  if (PART_COUNT.test(sentence.slice(value.end))) return undefined;
  const words = nounPhraseAfter(sentence, value.end);
  if (words.length === 1 && TIME_UNIT.test(words[0] ?? '') && MOMENT_AFTER.test(sentence.slice(words.end).trim()))
    return undefined;
  // "employs more than 16,000 people": the people are its staff, not its users.
  if (words.length > 0 && EMPLOYS.test(sentence.slice(segmentStart, value.start)))
    return { attribute: 'employees', unit: words.join(' '), unitEnd: words.end };
  if (words.length > 0) return { attribute: headOf(words), unit: words.join(' '), unitEnd: words.end };
  return nounFirst(sentence, value, segmentStart);
}

/**
 * "the number of users reached 500 million", "Orders peaked at 583,000 per second", "Annual active
 * consumers across its platforms reached more than 290 million": the noun phrase comes first, with
 * its qualifiers, before any phrase about where; the verb may be the comparator ("topped").
 */
const NOUN_BEFORE =
  '((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s+(?:(?:across|on|in|at|for)\\s+(?:(?:its|the|their|all)\\s+)?[\\p{Ll}-]+\\s+)?';
const COUNT_VERB =
  'reached|rose\\s+to|grew\\s+to|increased\\s+to|jumped\\s+to|climbed\\s+to|fell\\s+to|dropped\\s+to|declined\\s+to|shrank\\s+to|totall?ed|stood\\s+at|numbered|peaked\\s+at|came\\s+to|hit';
const NOUN_THEN_VERB = new RegExp(`${NOUN_BEFORE}(?:${COUNT_VERB})\\s+$`, 'u');
const NOUN_ONLY = new RegExp(`${NOUN_BEFORE}$`, 'u');
const COMPARATOR_VERB = /^(?:topped|exceeded|surpassed)\b/i;

function nounFirst(sentence: string, value: NumericValue, segmentStart: number): Attribute | undefined {
  const before = sentence.slice(segmentStart, value.start);
  const m = (COMPARATOR_VERB.test(value.text) ? NOUN_ONLY : NOUN_THEN_VERB).exec(before);
  const words = (m?.[1] ?? '').split(/\s+/).filter((w) => w && !STOP.has(w.toLowerCase()));
  // A name inside the phrase ends it: "Alibaba Health's consumers" counts consumers.
  const first = m ? m.index === before.search(/\S/) : false;
  const tail = words.slice(words.findLastIndex((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && first)) + 1);
  const noun = tail.at(-1)?.toLowerCase() ?? '';
  // "The company's headcount fell to 243,903": a count of staff said in one word.
  if (STAFF_NOUN.test(noun)) return { attribute: 'employees', unit: 'employees' };
  // The head is a plural common noun ("users", "orders"), never a name.
  if (!/[^s]s$/.test(noun) || (/^\p{Lu}/u.test(tail.at(-1) ?? '') && !(tail.length === 1 && first))) return undefined;
  const unit = tail.join(' ').toLowerCase();
  const rate = RATE.exec(sentence.slice(value.end));
  if (!rate) return { attribute: noun, unit };
  return { attribute: `${noun} per ${rate[1]}`, unit: `${unit} per ${rate[1]}`, unitEnd: value.end + rate[0].length };
}

/**
 * The measure a sentence opens on, before its first comma: "Adjusted EBITA, the measure of
 * profitability the company prefers, rose 29% to 34.76 billion yuan" is about EBITA though its
 * figures stand in the clause after the insert.
 */
function openingNoun(sentence: string, value: NumericValue): string | undefined {
  const opening = /^[\s“"‘']*((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s*,/u.exec(sentence.slice(0, value.start))?.[1];
  return opening ? lastMatch(opening, MONEY_NOUN) : undefined;
}

/** "its buyback programme, which the board expanded by $15 billion to $40 billion": the noun the clause is about. */
const RELATIVE_ANTECEDENT = /((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*),\s+which\s+[^,;]*$/u;

function antecedentNoun(sentence: string, value: NumericValue): string | undefined {
  const words = RELATIVE_ANTECEDENT.exec(sentence.slice(0, value.start))?.[1]?.split(/\s+/) ?? [];
  const kept = words.slice(words.findLastIndex((w) => STOP.has(w)) + 1);
  return kept.length > 0 ? headOf(kept) : undefined;
}

/** "expanded by $15 billion to $40 billion": the first sum is the change, the second the level. */
const CHANGE_BY = /\bby\s+$/;
const LEVEL_AFTER = /^\s+to\s+(?:about\s+|around\s+|nearly\s+)?(?:[A-Z]{0,3}[$€£¥]|\d)/;

function moneyAttribute(sentence: string, value: NumericValue, segmentStart: number): Attribute {
  const level = sumAttribute(sentence, value, segmentStart);
  if (!CHANGE_BY.test(sentence.slice(0, value.start)) || !LEVEL_AFTER.test(sentence.slice(valueEnd(sentence, value))))
    return level;
  const before = sentence.slice(segmentStart, value.start).split(/\s+/).slice(-6).join(' ');
  const change = DOWN_VERB.test(before) ? 'decline' : 'growth';
  return { attribute: level.attribute === 'amount' ? change : `${level.attribute} ${change}` };
}

function sumAttribute(sentence: string, value: NumericValue, segmentStart: number): Attribute {
  const end = valueEnd(sentence, value);
  const before = sentence.slice(segmentStart, value.start);
  if (VALUE_CHANGE.test(sentence.slice(end)))
    return { attribute: ADDED.test(before) ? 'valuation gain' : 'valuation loss' };
  if (OFFERED_FOR.test(sentence.slice(0, value.start))) return { attribute: 'offer' };
  if (BOUGHT_FOR.test(sentence.slice(0, value.start))) return { attribute: 'acquisition price' };
  const lastWords = before.split(/\s+/).slice(-8).join(' ');
  for (const [verb, attribute] of MONEY_VERBS) if (verb.test(lastWords)) return { attribute };
  // "nearly 20 billion yuan of GMV", "118 trillion yuan of payments": what the sum is of.
  const ofNoun = /^\s+of\s+/.exec(sentence.slice(end));
  const of = ofNoun ? nounPhraseAfter(sentence, end + ofNoun[0].length) : [];
  if (of.length > 0) return { attribute: canonical(headOf(of)) };
  const named = lastMatch(before, MONEY_NOUN);
  if (named && /^(?:GMV|IPO|gross|initial|market value|valuation|net)/i.test(named))
    return { attribute: canonical(named) };
  // "US$25.3 billion in transactions": a lower-case noun phrase that ends before any name.
  const inNoun = /^\s+in\s+((?:\p{Ll}[\p{Ll}-]*\s*)+)(?![\s\p{Lu}])/u.exec(sentence.slice(end))?.[1]?.trim();
  const inHead = inNoun?.split(/\s+/)[0] ?? '';
  if (inNoun && !STOP.has(inHead) && !TIME_NOUN.test(inHead)) {
    const head = headOf(nounPhraseAfter(sentence, end + sentence.slice(end).indexOf(inHead)));
    if (head) return { attribute: head };
  }
  const after = nounPhraseAfter(sentence, end);
  // "213.5 billion yuan recorded last year": a participle after a sum says what happened to it, not what it is.
  const participle = /\p{Ll}ed$/u.test(after[0] ?? '');
  if (after.length > 0 && !participle && !TIME_NOUN.test(after[0] ?? ''))
    return { attribute: canonical(headOf(after)) };
  const opening = named ?? openingNoun(sentence, value) ?? antecedentNoun(sentence, value);
  return { attribute: opening ? canonical(opening) : 'amount' };
}

/** Skips "year on year", which qualifies a change rather than naming what changed. */
function skipYearOnYear(sentence: string, from: number): number {
  return from + (/^\s+year[- ]on[- ]year\b/.exec(sentence.slice(from))?.[0].length ?? 0);
}

/** "raised its stake in Lazada to 83 per cent", "a holding of 33 per cent": the share owned. */
const STAKE_BEFORE = /\b(?:stake|holding|shareholding)\b(?:\s+in\s+[^,;]{1,40}?)?\s+(?:to|at|from|of)\s+$/i;
/** "owns about 62 per cent of the shares", "holds 33 per cent of Ant Group": a stake too. */
const OWNS_BEFORE = /\b(?:own(?:s|ed)?|hold(?:s|ing)?|held)\s+$/i;
const OF_COMPANY =
  /^\s+of\s+(?:(?:the|its|their)\s+(?:shares|stock|company|group|business)\b|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*(?![’'\p{L}]))/u;

/** Whether a share is one owner's stake in a company. */
function isStake(sentence: string, value: NumericValue, segmentStart: number): boolean {
  const before = sentence.slice(segmentStart, value.start);
  return STAKE_BEFORE.test(before) || (OWNS_BEFORE.test(before) && OF_COMPANY.test(sentence.slice(value.end)));
}

function percentAttribute(sentence: string, value: NumericValue, segmentStart: number): Attribute {
  if (isStake(sentence, value, segmentStart)) return { attribute: 'stake' };
  const after = nounPhraseAfter(sentence, skipYearOnYear(sentence, value.end)).filter(
    (w) => !/^(?:year-on-year|annual|average|annualised|annualized)$/.test(w),
  );
  const last = after.at(-1) ?? '';
  const growth = (noun: string | undefined, word: string) =>
    `${noun ? `${noun.toLowerCase()} ` : ''}${/decline|drop|fall|decrease/.test(word) ? 'decline' : 'growth'}`;
  if (GROWTH_NOUN.test(last)) {
    const inNoun = /^\s+(?:in|of)\s+([\p{L}]+)/u.exec(
      sentence.slice(value.end + sentence.slice(value.end).indexOf(last) + last.length),
    )?.[1];
    const noun = after.length > 1 ? after.slice(0, -1).join(' ') : inNoun;
    return { attribute: growth(noun, last) };
  }
  if (after.length > 0 && !value.text.match(/half|third|quarter/)) return { attribute: headOf(after) };
  const before = sentence.slice(segmentStart, value.start);
  const lastWords = before.trim().split(/\s+/).slice(-3).join(' ');
  const up = UP_VERB.test(lastWords);
  if (up || DOWN_VERB.test(lastWords)) {
    // ", up 40 per cent from a year earlier" after a sum: the change of what the sum measured.
    const context = /^\s*(?:up|down)\s*$/.test(before) ? sentence.slice(0, value.start) : before;
    const noun =
      lastMatch(context, MONEY_NOUN) ?? (SHARES.test(context) ? 'shares' : undefined) ?? openingNoun(sentence, value);
    // The verb's own direction: "fell", "sank" and "slumped" are declines too.
    return { attribute: growth(noun && canonical(noun), up ? 'growth' : 'decline') };
  }
  const named = lastMatch(sentence.slice(value.end, value.end + 80), MONEY_NOUN);
  if (named) return { attribute: `${canonical(named)} share` };
  // "of China’s third-party market", "of Tmall merchants", "of its enlarged share capital": what it is a share of.
  const of = OF_WHAT.exec(sentence.slice(value.end, value.end + 120));
  const head = of ? headOf(nounPhraseAfter(sentence, value.end + of[0].length)) : '';
  if (!head) return { attribute: 'share' };
  return { attribute: /\b(?:share|stake)/.test(head) ? head : `${head} share` };
}

/** "of", then the words before what a share is of: determiners, possessives, names and sums. */
const OF_WHAT =
  /^\s+of\s+(?:(?:the|a|an|its|their|his|her|[\p{L}’'$.\d]+[’']s|\p{Lu}[\p{L}.&-]*|US\$[\d.]+|[\d.]+|trillion|billion|million)\s+){0,4}/u;

/** Names what `value` measures; `segmentStart` is where its clause begins. */
export function attributeOf(sentence: string, value: NumericValue, segmentStart: number): Attribute | undefined {
  const found =
    value.kind === 'quantity'
      ? quantityAttribute(sentence, value, segmentStart)
      : value.kind === 'money'
        ? moneyAttribute(sentence, value, segmentStart)
        : percentAttribute(sentence, value, segmentStart);
  // Words that name nothing ("in the September quarter" read as a noun) are no attribute: no fact.
  return found?.attribute.trim() ? found : undefined;
}
