/**
 * Words as the answer engine compares them. Questions and sentences go through the same
 * `stem`, so "data centers", "data centres" and "datacentre" meet, and the same `CONCEPTS`, so a
 * question about "shops" finds a sentence about "merchants". The groups are business-news
 * vocabulary, not phrases of any one article.
 */

/** Words that carry no content in a question. */
export const STOPWORDS = new Set(
  `a an the of in on at to for from by with about into as and or but is are was were be been being has have had do does did
  it its this that these those there their they them he she his her we our you your i me my what which who whom whose when
  where why how many much long ago any some all than then so not no yes can could would should will shall may might must
  per cent percent number amount tell me please give say says said according story source article report piece
  currently now today ever also just only very more most over under up down whole each every company firm kind type sort`
    .split(/\s+/)
    .filter(Boolean),
);

/** Synonym groups: every word in a group stands for the group's first word. */
const GROUPS: string[][] = [
  ['user', 'users', 'userbase', 'people', 'account', 'accounts', 'member', 'members', 'consumer', 'consumers'],
  ['customer', 'customers', 'client', 'clients', 'subscriber', 'subscribers'],
  [
    'merchant',
    'merchants',
    'store',
    'stores',
    'shop',
    'shops',
    'retailer',
    'retailers',
    'seller',
    'sellers',
    'vendor',
    'vendors',
  ],
  ['brand', 'brands', 'label', 'labels'],
  ['country', 'countries', 'nation', 'nations', 'territory', 'territories'],
  ['currency', 'currencies'],
  ['centre', 'centres', 'center', 'centers', 'datacentre', 'datacenter', 'facility', 'facilities', 'server', 'servers'],
  ['revenue', 'revenues', 'turnover', 'income', 'earn', 'earned', 'earning', 'earnings'],
  [
    'transaction',
    'transactions',
    'gmv',
    'sale',
    'sales',
    'sell',
    'sells',
    'selling',
    'sold',
    'spent',
    'spending',
    'spend',
    'merchandise',
    'haul',
  ],
  [
    'growth',
    'grow',
    'grew',
    'grown',
    'growing',
    'increase',
    'increased',
    'rise',
    'rose',
    'jump',
    'jumped',
    'surge',
    'surged',
    'soar',
    'soared',
    'climb',
    'climbed',
    'gain',
    'up',
  ],
  [
    'invest',
    'invested',
    'investment',
    'investments',
    'investing',
    'stake',
    'funding',
    'fund',
    'put',
    'inject',
    'injected',
    'pour',
    'poured',
    'sink',
    'sank',
    'sunk',
    'plough',
    'ploughed',
    'raise',
    'raised',
    'raising',
    'capital',
  ],
  [
    'found',
    'founded',
    'founding',
    'establish',
    'established',
    'set',
    'create',
    'created',
    'creation',
    'start',
    'started',
    'born',
    'began',
    'begin',
  ],
  ['launch', 'launched', 'launching', 'introduce', 'introduced', 'debut', 'debuted', 'roll', 'release', 'released'],
  ['join', 'joined', 'joining', 'hired', 'hire', 'recruited'],
  ['headquarter', 'headquarters', 'headquartered', 'hq', 'base', 'based', 'located', 'home', 'hometown'],
  [
    'run',
    'runs',
    'ran',
    'running',
    'operate',
    'operator',
    'operated',
    'own',
    'owns',
    'owned',
    'owner',
    'parent',
    'control',
    'behind',
    'manage',
    'managed',
    'belong',
    'belongs',
  ],
  ['president', 'head', 'leader', 'boss'],
  ['analyst', 'analysts', 'strategist', 'strategists', 'expert', 'experts', 'economist', 'economists', 'researcher'],
  ['chairman', 'chair', 'chairperson'],
  ['market', 'markets'],
  ['exchange', 'exchanges', 'bourse', 'bourses', 'hkex', 'nyse', 'nasdaq'],
  ['listing', 'listings', 'listed', 'ipo', 'ipos', 'float', 'floated', 'flotation', 'offering', 'offerings'],
  ['first', 'initial', 'original', 'debut'],
  ['lose', 'lost', 'losing', 'miss', 'missed', 'missing'],
  ['title', 'role', 'position', 'job', 'post'],
  ['compare', 'compared', 'comparison', 'like', 'similar', 'resemble', 'resembles'],
  // Stock, not market share: "Alibaba shares closed at $185.25", "the share price".
  ['stock', 'stocks', 'shares', 'equity', 'price', 'prices', 'priced'],
  ['share', 'half', 'portion', 'proportion', 'percentage', 'fraction'],
  ['merge', 'merged', 'merger', 'combine', 'combined', 'acquire', 'acquired'],
  ['rebrand', 'rebranded', 'rename', 'renamed', 'rebranding', 'became', 'become', 'call', 'called'],
  ['partner', 'partnered', 'partnership', 'work', 'working', 'worked', 'cooperate', 'team', 'teamed', 'collaborate'],
  ['hold', 'held', 'happen', 'happens', 'celebrated', 'celebrate'],
  ['year', 'years', 'annual', 'annually'],
  ['international', 'global', 'globally', 'overseas', 'abroad', 'worldwide', 'foreign'],
  ['provider', 'providers', 'supplier', 'suppliers'],
  ['rank', 'ranking', 'ranked', 'biggest', 'largest', 'position'],
  ['employee', 'employees', 'staff', 'workers', 'headcount'],
  ['valuation', 'valued', 'worth', 'value'],
  ['profit', 'profits', 'net'],
];

/** Words asking what something is called: the answer is a name the sources use, not a word they say. */
export const NAME_WORDS: ReadonlySet<string> = new Set([
  'name',
  'full',
  'official',
  'complete',
  'legal',
  'called',
  'call',
]);

/** Words that end in "s" but are not plurals. */
const SINGULAR_S = new Set([
  'news',
  'series',
  'species',
  'means',
  'physics',
  'economics',
  'politics',
  'lens',
  'always',
  'perhaps',
]);

/** Business acronyms that are ordinary words, not names the sources lack ("IPO", "CEO"). */
export const ACRONYMS: readonly string[] = [
  'ipo',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'gdp',
  'hq',
  'gmv',
  'b2b',
  'b2c',
  'sme',
  'etf',
  'ai',
  'it',
  'pr',
  'app',
  'apps',
];

/** Every word of the synonym groups: ordinary words, never names. */
export const GROUPS_WORDS: readonly string[] = GROUPS.flat();

const CONCEPT = new Map<string, string>();
for (const group of GROUPS) for (const word of group) CONCEPT.set(word, group[0] ?? word);

/** Lower case, no possessive, British spelling of -er/-re words, and plural or tense endings off. */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’ʼ]s$/, '')
    .replace(/['’ʼ]/g, '');
  if (CONCEPT.has(w)) return CONCEPT.get(w) ?? w;
  w = w.replace(/centers?$/, 'centre');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && !SINGULAR_S.has(w)) w = w.slice(0, -1);
  else if (w.length >= 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 6 && w.endsWith('ly')) w = w.slice(0, -2);
  const concept = CONCEPT.get(w);
  if (concept) return concept;
  // "close" and "closed" meet at "clos".
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return CONCEPT.get(w) ?? w;
}

/**
 * For a word of a question that is no known word: the group word it misspells, if any ("merchents"
 * → merchant, "contries" → country). Only questions get this: sentences are spelt by editors.
 */
export function nearestConcept(
  word: string,
  distance: (a: string, b: string, limit: number) => number,
): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 5 || CONCEPT.has(lower)) return undefined;
  if (NEAREST.has(lower)) return NEAREST.get(lower);
  let found: string | undefined;
  for (const [known, concept] of CONCEPT) {
    if (Math.abs(known.length - lower.length) <= 1 && distance(lower, known, 1) <= 1) {
      found = concept;
      break;
    }
  }
  // People misspell the same words again and again; remember the answers (a few thousand at most).
  if (NEAREST.size > 5000) NEAREST.clear();
  NEAREST.set(lower, found);
  return found;
}

const NEAREST = new Map<string, string | undefined>();

/** The words of a text, with their offsets. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The content terms of a text: stemmed, stopwords out. */
export function contentTerms(text: string): string[] {
  return words(text)
    .flatMap((w) => (w.word.includes('-') ? [w.word, ...w.word.split('-')] : [w.word]))
    .filter((w) => w !== '' && !STOPWORDS.has(w.toLowerCase()))
    .map(stem);
}

/** Tokenises for MiniSearch: the same words, stemmed; stopwords are dropped by returning null. */
export function processTerm(term: string): string | null {
  return STOPWORDS.has(term.toLowerCase()) ? null : stem(term);
}
