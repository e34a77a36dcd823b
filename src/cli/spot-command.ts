import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { checkClaims } from '../check/check-claims';
import { claimSentences } from '../check/page-sentences';
import { isOurs } from '../content/card-bridge';
import { mentionsInBlock } from '../content/page-mentions';
import { walkBlocks } from '../content/page-text';
import { buildFactBase } from '../factbase/build';
import type { Entity } from '../factbase/schema';
import { splitSentences } from '../factbase/sentences';
import { loadBundledArticles, loadCatalog } from '../node/load-data';
import { InputError, readArticle } from '../node/read-article';
import { compileMatcher, type Mention } from '../spot/match-aliases';
import type { Output } from './output';

const USAGE = 'usage: npm run -s spot -- [--json] FILE.html|FILE.txt';

/** A mention as the command prints it: the canonical name, the page's own words, offsets into `text`. */
export interface SpotMention {
  entity: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The page's visible text and its mentions, found by the content script's own code: the same walk
 * (blocks of visible text, skipping scripts, forms and editable regions) over a real DOM (linkedom).
 * Blocks are joined by blank lines; offsets point into that text.
 */
export function spotHtml(
  html: string,
  entities: readonly Entity[],
): { text: string; mentions: SpotMention[]; sentences: string[] } {
  // linkedom builds a document only from a whole page; a fragment is wrapped in one.
  const withBody = /<body[\s>]/i.test(html) ? html : `<body>${html}</body>`;
  const { document } = parseHTML(/<html[\s>]/i.test(withBody) ? withBody : `<!doctype html><html>${withBody}</html>`);
  const matcher = compileMatcher(entities);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const named = new Set<string>();
  let text = '';
  const mentions: SpotMention[] = [];
  const sentences: string[] = [];
  for (const block of walkBlocks(document.body ?? document.documentElement, isOurs)) {
    if (text) text += '\n\n';
    const base = text.length;
    const found = mentionsInBlock(block, matcher, named);
    // Sentences with a value and a mention are what the checker reads.
    const at = (m: (typeof found)[number]) =>
      (block.pieces.find((p) => p.node === m.start.node)?.start ?? 0) + m.start.offset;
    for (const s of claimSentences(block.text))
      if (found.some((m) => at(m) >= s.start && at(m) < s.start + s.text.length)) sentences.push(s.text);
    for (const m of found) {
      const start = base + (block.pieces.find((p) => p.node === m.start.node)?.start ?? 0) + m.start.offset;
      mentions.push({ entity: names.get(m.entityId) ?? m.entityId, text: m.text, start, end: start + m.text.length });
    }
    text += block.text;
  }
  return { text, mentions, sentences };
}

/** A checked claim as the command prints it. */
export interface SpotClaim {
  text: string;
  entity: string;
  attribute: string;
  value: string;
  verdict: string;
  reason: string;
  fact: { quote: string; passageId: string };
}

/** Checks the claims of a page's sentences against the bundled fact base. */
export function spotClaims(sentences: readonly string[], entities: readonly Entity[]): SpotClaim[] {
  const factBase = buildFactBase(loadBundledArticles(), entities);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return checkClaims(sentences, factBase, compileMatcher(entities)).map((c) => ({
    text: c.text,
    entity: names.get(c.entityId) ?? c.entityId,
    attribute: c.attribute,
    value: c.value,
    verdict: c.verdict,
    reason: c.reason,
    fact: { quote: c.fact.quote, passageId: c.fact.passageId },
  }));
}

/** Mentions in plain text, offsets into the text itself. */
export function spotText(text: string, entities: readonly Entity[]): SpotMention[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return compileMatcher(entities)
    .findMentions(text)
    .map((m: Mention) => ({ entity: names.get(m.entityId) ?? m.entityId, text: m.text, start: m.start, end: m.end }));
}

/** The `spot` command: prints the mentions in an HTML or text file. Returns the exit code: 2 for bad input. */
export function runSpot(args: readonly string[], io: Output): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new InputError(`give exactly one file (${USAGE})`);
    const type = extname(file).toLowerCase();
    if (!['.html', '.htm', '.txt'].includes(type)) throw new InputError(`${file}: expected a .html, .htm or .txt file`);
    const { text: content } = readArticle(file);
    const entities = loadCatalog();
    const { text, mentions, sentences } =
      type === '.txt'
        ? {
            text: content,
            mentions: spotText(content, entities),
            sentences: splitSentences(content).map((s) => s.text),
          }
        : spotHtml(content, entities);
    const claims = spotClaims(sentences, entities);
    if (values.json) io.out(JSON.stringify({ mentions, claims }));
    else printForPerson(text, mentions, claims, io);
    return 0;
  } catch (error) {
    const argError =
      error instanceof TypeError && String((error as { code?: string }).code ?? '').startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof InputError) && !argError) throw error;
    io.err(`spot: ${(error as Error).message}`);
    return 2;
  }
}

function printForPerson(
  text: string,
  mentions: readonly SpotMention[],
  claims: readonly SpotClaim[],
  io: Output,
): void {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  io.out(
    `${mentions.length} mention(s) of ${counts.size} Alibaba unit(s) in ${text.length} characters of visible text`,
  );
  for (const [entity, n] of [...counts].sort((a, b) => b[1] - a[1])) io.out(`  ${String(n).padStart(3)}  ${entity}`);
  for (const m of mentions) {
    const context = text.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' ');
    io.out(`  @${m.start}  ${m.entity}: “${m.text}” … ${context} …`);
  }
  if (claims.length > 0) io.out(`${claims.length} claim(s) checked against the article:`);
  for (const c of claims) io.out(`  [${c.verdict}] ${c.text}\n      ${c.reason}`);
}
