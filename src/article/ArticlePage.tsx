import { useEffect } from 'preact/hooks';
import type { FactBase, Passage } from '../factbase/schema';

/** What a citation points at: a passage, and the quoted sentence in it (offsets into the source). */
export interface ArticleTarget {
  passageId: string;
  quote?: { start: number; end: number };
}

export interface ArticlePageProps {
  factBase: FactBase;
  target?: ArticleTarget;
}

/** Reads the target from the page's URL: `article.html?q=120-245#scmp-…-p17`. */
export function targetOf(location: { search: string; hash: string }): ArticleTarget | undefined {
  const passageId = decodeURIComponent(location.hash.slice(1));
  if (!passageId) return undefined;
  const match = /^(\d+)-(\d+)$/.exec(new URLSearchParams(location.search).get('q') ?? '');
  return match ? { passageId, quote: { start: Number(match[1]), end: Number(match[2]) } } : { passageId };
}

const STYLE = `
:root { color-scheme: light dark; }
body { margin: 0; font: 18px/1.65 Georgia, "Times New Roman", serif; color: #1d2330; background: #fbfaf7; }
main { max-width: 40rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .75rem; }
.standfirst { font-style: italic; color: #4a5262; }
.meta { font: 14px system-ui, sans-serif; color: #5a6272; margin-bottom: 2rem; }
p[id] { scroll-margin-top: 3rem; border-radius: 4px; }
p.target { background: rgb(255 220 100 / 0.18); box-shadow: 0 0 0 8px rgb(255 220 100 / 0.18); }
mark { background: rgb(255 200 40 / 0.55); color: inherit; padding: 0 1px; }
.n { font: 12px system-ui, sans-serif; color: #8a919e; margin-right: .5rem; user-select: none; }
.headline { font: 600 15px system-ui, sans-serif; color: #5a6272; }
@media (prefers-color-scheme: dark) {
  body { color: #e7eaf0; background: #16181d; }
  .standfirst, .meta, .headline { color: #a7afbd; }
  mark { background: rgb(255 200 40 / 0.35); }
}
`;

/** A passage's text, with the quoted sentence marked when the citation points inside it. */
function PassageText({ passage, quote }: { passage: Passage; quote?: ArticleTarget['quote'] }) {
  if (!quote || quote.start < passage.start || quote.end > passage.end || quote.end <= quote.start)
    return <>{passage.text}</>;
  const from = quote.start - passage.start;
  const to = quote.end - passage.start;
  return (
    <>
      {passage.text.slice(0, from)}
      <mark>{passage.text.slice(from, to)}</mark>
      {passage.text.slice(to)}
    </>
  );
}

/** The source article, typeset for reading, every passage addressable by its id (`#…-p17`). */
export function ArticlePage({ factBase, target }: ArticlePageProps) {
  useEffect(() => {
    const el = target && document.getElementById(target.passageId);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [target]);
  return (
    <>
      <style>{STYLE}</style>
      {factBase.sources.map((source) => (
        <main key={source.id}>
          <h1>{source.title}</h1>
          {source.standfirst && <p class="standfirst">{source.standfirst}</p>}
          <p class="meta">
            {source.publisher}
            {source.publishedAt && `, published ${source.publishedAt.slice(0, 10)}`}
          </p>
          {factBase.passages
            .filter((p) => p.sourceId === source.id && (p.kind === 'body' || p.kind === 'headline'))
            .map((p) => {
              const isTarget = target?.passageId === p.id;
              return (
                <p
                  key={p.id}
                  id={p.id}
                  tabIndex={-1}
                  class={
                    [p.kind === 'headline' ? 'headline' : '', isTarget ? 'target' : ''].join(' ').trim() || undefined
                  }
                >
                  <span class="n" aria-hidden="true">
                    ¶{p.index}
                  </span>
                  <PassageText passage={p} quote={isTarget ? target?.quote : undefined} />
                </p>
              );
            })}
        </main>
      ))}
    </>
  );
}
