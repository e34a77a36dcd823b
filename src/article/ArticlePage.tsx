import type { FactBase } from '../factbase/schema';

export interface ArticlePageProps {
  factBase: FactBase;
}

const STYLE = `
body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1d2330; background: #fbfaf7; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .75rem; }
.standfirst { font-style: italic; color: #4a5262; }
.meta { font: 14px system-ui, sans-serif; color: #5a6272; }
p[id] { scroll-margin-top: 2rem; border-radius: 4px; }
p[id]:target { background: rgb(255 220 100 / 0.35); box-shadow: 0 0 0 6px rgb(255 220 100 / 0.35); }
.headline { font: 600 15px system-ui, sans-serif; color: #5a6272; }
@media (prefers-color-scheme: dark) { body { color: #e7eaf0; background: #16181d; } .standfirst, .meta, .headline { color: #a7afbd; } }
`;

/** The source article, typeset for reading, every passage addressable by its id (`#…-p17`). */
export function ArticlePage({ factBase }: ArticlePageProps) {
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
            .map((p) => (
              <p key={p.id} id={p.id} class={p.kind === 'headline' ? 'headline' : undefined}>
                {p.text}
              </p>
            ))}
        </main>
      ))}
    </>
  );
}
