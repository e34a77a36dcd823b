import { buildFactBase } from '../factbase/build';
import { describeFact } from '../factbase/describe';
import type { FactBase } from '../factbase/schema';
import { loadBundledArticles, loadCatalog } from '../node/load-data';
import { InputError, readArticle } from '../node/read-article';
import type { Output } from './output';

const USAGE = 'usage: npm run -s facts -- [--json] [ARTICLE.txt …]';

/**
 * The `facts` command: builds a fact base from plain-text articles (default: the bundled one) and
 * prints a summary, or the whole FactBase as JSON. Returns the exit code: 2 for bad input.
 */
export function runFacts(args: readonly string[], io: Output): number {
  const json = args.includes('--json');
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
  if (unknown) {
    io.err(`facts: unknown option ${unknown} (${USAGE})`);
    return 2;
  }
  const paths = args.filter((a) => a !== '--json');
  let factBase: FactBase;
  try {
    const articles = paths.length > 0 ? uniqueIds(paths.map(readArticle)) : loadBundledArticles();
    factBase = buildFactBase(articles, loadCatalog());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`facts: ${error.message}`);
    return 2;
  }
  if (json) io.out(JSON.stringify(factBase, null, 2));
  else printSummary(factBase, io);
  return 0;
}

/** Two files with the same name get distinct source ids. */
function uniqueIds<T extends { id: string }>(articles: T[]): T[] {
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const n = (seen.get(a.id) ?? 0) + 1;
    seen.set(a.id, n);
    return n === 1 ? a : { ...a, id: `${a.id}-${n}` };
  });
}

function printSummary(factBase: FactBase, io: Output): void {
  const byKind = (kind: string) => factBase.passages.filter((p) => p.kind === kind).length;
  const names = new Map(factBase.entities.map((e) => [e.id, e]));
  for (const source of factBase.sources) {
    const when = source.publishedAt ? `, published ${source.publishedAt}` : '';
    io.out(`${source.title}\n  ${source.publisher}${when}`);
  }
  io.out(
    `\n${factBase.sources.length} source(s), ${factBase.passages.length} passages (${byKind('body')} body, ${byKind('headline')} headline), ${factBase.facts.length} facts about ${new Set(factBase.facts.map((f) => f.entityId)).size} entities`,
  );
  const passages = new Map(factBase.passages.map((p) => [p.id, p]));
  const entityIds = [...new Set(factBase.facts.map((f) => f.entityId))];
  for (const id of entityIds) {
    const facts = factBase.facts.filter((f) => f.entityId === id);
    const entity = names.get(id);
    io.out(`\n${entity?.name ?? id} (${entity?.kind ?? 'unknown'}): ${facts.length} fact(s)`);
    for (const fact of facts) {
      io.out(`  - ${describeFact(fact)}  [¶${passages.get(fact.passageId)?.index ?? '?'}]`);
      io.out(`      “${fact.quote.text}”`);
    }
  }
}
