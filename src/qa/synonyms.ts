import { remember } from './remember';
/**
 * Business-news vocabulary the engine folds together: words of one group, and phrases, stand for one
 * concept, so a question about "shops" finds a sentence about "merchants" and "took over" meets
 * "succeeded". Real English synonyms and inflections, never the phrasing of one article.
 */

/**
 * Synonym groups: every word in a group stands for the group's first word, its concept. Written as
 * words separated by spaces, a group a line.
 */
export const GROUPS: readonly string[][] = [
  'user users userbase people account accounts consumer consumers shopper shoppers buyer buyers',
  'customer customers client clients subscriber subscribers',
  'merchant merchants store stores shop shops retailer retailers seller sellers vendor vendors',
  'brand brands label labels',
  'country countries nation nations territory territories',
  'currency currencies',
  'centre centres center centers datacentre datacenter facility facilities server servers',
  'revenue revenues turnover income earn earned earning earnings',
  'transaction transactions gmv sale sales sell sells selling sold spent spending spend merchandise haul',
  'growth grow grew grown growing increase increased rise rose jump jumped surge surged soar soared climb climbed gain up',
  'decline declines declined fall falls fell fallen falling drop drops dropped dropping slide slid slip slipped plunge plunged tumble tumbled slump slumped down',
  'invest invested investment investments investing funding fund put inject injected pour poured sink sank sunk plough ploughed capital',
  'raise raised raises raising proceeds fundraising',
  'reach reached reaches pass passed hit hits surpass surpassed exceed exceeded',
  'succeed succeeded succeeds successor replace replaced replaces',
  'participation participant participants',
  'publish published publishes issue issued issues release released releases unveil unveiled',
  'suspend suspended suspension halt halted halts pull pulled shelve shelved block blocked scrap scrapped cancel cancelled canceled withdraw withdrew withdrawn',
  'stake stakes shareholding shareholdings',
  'extra additional further',
  'pay pays paying',
  'buy buys buying purchase purchases purchased acquire acquires acquired acquiring acquisition acquisitions',
  'include includes included including comprise comprises consist consists contain contains',
  'delivery deliveries deliver delivered delivering arrive arrives arrived arriving',
  'parcel parcels package packages shipment shipments',
  'order orders ordered',
  'handle handles handled handling process processes processed processing',
  // A product or an event is launched where a company is founded: both say when something began.
  'found founded founding establish established create created creation start started born founder founders co-founder co-founded began begin begun launch launched launching introduce introduced debut debuted roll',
  // Joining an event is taking part in it: "how many brands joined", "brands took part".
  'join joined joining hired hire recruited participate participated participating',
  'headquarter headquarters headquartered hq base based located home hometown',
  'run runs ran running operate operates operator operated manage manages managed behind',
  'own owns owned owner owners ownership parent control controls controlled controlling belong belongs',
  'lead leads leader leaders head heads headed boss bosses helm helms helmed oversee oversees oversaw overseen',
  'president presidents',
  'analyst analysts strategist strategists expert experts economist economists researcher',
  'chairman chair chairperson',
  'market markets',
  'exchange exchanges bourse bourses hkex nyse nasdaq',
  'listing listings listed ipo ipos float floated flotation offering offerings',
  'first initial original debut',
  'lose lost losing loss losses miss missed missing',
  // Shopping is what shoppers do, not shops: its own concept.
  'shopping',
  'festival festivals',
  'event events',
  'title role position job post',
  'compare compared comparison like similar resemble resembles',
  // Stock, not market share: "Alibaba shares closed at $185.25", "the share price".
  'stock stocks shares equity adr adrs',
  'price prices priced pricing',
  'fee fees cost costs costing charge charges charged',
  'share half portion proportion percentage fraction',
  'merge merged merger combine combined',
  'rebrand rebranded rename renamed rebranding call called',
  'partner partnered partnership work working worked cooperate team teamed collaborate',
  'hold held happen happens celebrated celebrate',
  'year years annual annually',
  'international global globally overseas abroad worldwide foreign',
  'provider providers supplier suppliers',
  'rank ranking ranked biggest largest position',
  'employee employees employ employs employed staff workers workforce headcount personnel',
  'valuation valued worth value',
  'capitalisation capitalization',
  'profit profits net',
  'penalty penalties fine fined fines',
  'viewer viewers audience audiences watch watched watching',
  'visitor visitors visit visits traffic',
  'regulation regulations rule rules law laws guideline guidelines',
  'regulator regulators watchdog watchdogs authority authorities',
  'investigation investigations investigate investigated investigating probe probes inquiry proceedings',
  'unit units division divisions arm arms subsidiary subsidiaries segment segments',
  'ticker tickers symbol',
  'pharmacy pharmacies drugstore drugstores chemist chemists',
  'warehouse warehouses depot depots hub hubs',
  'platform platforms marketplace marketplaces',
  'announce announces announced announcement',
  'retire retires retired retirement resign resigns resigned resignation',
  'approve approves approved approval',
  'ban bans banned bar barred prohibit prohibited',
].map((g) => g.split(' '));

/**
 * Concepts that answer for each other in part, and how much (1 would be a synonym): "sales" is
 * often revenue, "runs" a business is often leading it. Plain English, symmetric.
 */
const RELATED: [string, string, number][] = [
  ['revenue', 'transaction', 0.7],
  ['run', 'lead', 0.8],
  ['run', 'own', 0.7],
  ['lead', 'president', 0.6],
  ['lead', 'ceo', 0.8],
  ['lead', 'chairman', 0.6],
  ['own', 'stake', 0.6],
  // "what percentage does Alibaba hold" is a stake it owns, as well as an event it holds.
  ['hold', 'own', 0.7],
  ['hold', 'stake', 0.6],
  ['buy', 'pay', 0.7],
  ['buy', 'invest', 0.6],
  // "paid HK$22.4 billion for a stake" is an investment.
  ['invest', 'pay', 0.6],
  ['buy', 'merge', 0.6],
  ['decline', 'lose', 0.7],
  ['viewer', 'user', 0.7],
  ['visitor', 'user', 0.7],
  ['parcel', 'delivery', 0.8],
  ['order', 'transaction', 0.6],
  ['publish', 'found', 0.5],
  ['capitalisation', 'valuation', 0.8],
  ['festival', 'event', 0.8],
  // An offering raises money.
  ['raise', 'listing', 0.6],
  ['user', 'customer', 0.6],
  ['warehouse', 'centre', 0.7],
  ['announce', 'publish', 0.6],
  // What something costs is its price, near enough.
  ['fee', 'price', 0.8],
];

const RELATIONS = new Map<string, Map<string, number>>();
for (const [a, b, credit] of RELATED) {
  RELATIONS.set(a, (RELATIONS.get(a) ?? new Map()).set(b, credit));
  RELATIONS.set(b, (RELATIONS.get(b) ?? new Map()).set(a, credit));
}

/** The concepts a concept answers for in part, with how much each counts (`RELATED`). */
export function relatedConcepts(concept: string): ReadonlyMap<string, number> {
  return RELATIONS.get(concept) ?? NONE;
}

const NONE: ReadonlyMap<string, number> = new Map();

/** Phrases whose words mean one thing together: "took over" is succeeding, "took part" joining in. */
const PHRASES: [RegExp, string][] = [
  [/\b(?:take|takes|took|taken|taking)\s+over\b/giu, 'succeed'],
  [/\b(?:take|takes|took|taken|taking)\s+part\b/giu, 'join'],
  [/\bchief\s+executive(?:\s+officer)?\b/giu, 'ceo'],
  [/\bchief\s+financial\s+officer\b/giu, 'cfo'],
  [/\bchief\s+operating\s+officer\b/giu, 'coo'],
  [/\bchief\s+technology\s+officer\b/giu, 'cto'],
  [/\b(?:change|changes|changed|changing)\s+(?:its|their|his|her|the)\s+names?\b/giu, 'rebrand'],
  [/\b(?:spin|spins|spun)\s+(?:it\s+)?off\b/giu, 'spinoff'],
  [/\b(?:set|sets)\s+up\b/giu, 'found'],
  [/\b(?:make|makes|made|making)\s+up\b/giu, 'include'],
  [/\b(?:bring|brings|brought|bringing)\s+in\b/giu, 'revenue'],
  // "the first half", "the six months to June", "in the half": one half-year, not a share ("half" alone is one).
  [/\b(?:first|second)\s+half\b|\bsix\s+months\b|\bhalf[-\s]year\b|\bthe\s+half\b(?!\s+of\b)/giu, 'halfyear'],
  [/\b(?:in|take|takes|took|taken|taking)\s+charge\b/giu, 'lead'],
  [/\bmarket\s+(?:value|valuation|cap|capitali[sz]ation)\b/giu, 'capitalisation'],
  // "the share price", "$180 a share": what a share costs, not a portion.
  [/\b(?:share|stock)\s+price\b|\b(?:per|a)\s+share\b(?!\s+of\b)/giu, 'price'],
  [/\bstock\s+code\b|\bticker\s+symbol\b/giu, 'ticker'],
  [/\b(?:tune|tunes|tuned|tuning)\s+in\b/giu, 'viewer'],
  [/\b(?:go|goes|going|gone|went)\s+public\b/giu, 'listing'],
  [/\b(?:step|steps|stepped|stepping)\s+down\b/giu, 'retire'],
  // "net income" and "operating income" are profits, not revenue.
  [/\b(?:net|operating)\s+(?:income|earnings)\b/giu, 'profit'],
  [/\bno\s+more\s+than\b|\bat\s+most\b|\bup\s+to\b|\bmaximum\b|\bmax\b|\bcapped\b/giu, 'maximum'],
  [/\bno\s+less\s+than\b|\bat\s+least\b|\bminimum\b|\bmin\b/giu, 'minimum'],
];

/** A phrase of a text that stands for one concept, offsets in the text. */
export interface Phrase {
  start: number;
  end: number;
  concept: string;
}

/** The phrases of a text that stand for one concept ("took over" → succeed). */
export function phrasesIn(text: string): readonly Phrase[] {
  return remember(FOUND, text, () =>
    PHRASES.flatMap(([pattern, concept]) =>
      [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, concept })),
    ),
  );
}

const FOUND = new Map<string, readonly Phrase[]>();
