import type { TabPage } from './tab';

export interface OnThisPageProps {
  /** Undefined while reading the tab; null where Fact Lens does not run (a browser page). */
  page: TabPage | null | undefined;
  names: Readonly<Record<string, string>>;
  onJump(entityId: string): void;
  onToggle(enabled: boolean): void;
}

const MARK = { supported: '✓', contradicted: '✗', unverifiable: '?' } as const;
const LABEL = { supported: 'Supported', contradicted: 'Contradicted', unverifiable: 'Not decidable' } as const;

/**
 * The units the active tab mentions, with counts (a click jumps to the next mention), the claims
 * its page makes with their verdicts, and the site's switch.
 */
export function OnThisPage({ page, names, onJump, onToggle }: OnThisPageProps) {
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page">On this page</h2>
      {page === undefined && <p class="muted">Reading the page…</p>}
      {page === null && <p class="muted">Fact Lens does not run on this page.</p>}
      {page && (
        <>
          <label class="switch">
            <input type="checkbox" checked={page.enabled} onChange={(e) => onToggle(e.currentTarget.checked)} />{' '}
            Highlight Alibaba units on {page.site}
          </label>
          {page.enabled && page.units.length === 0 && <p class="muted">No Alibaba units mentioned.</p>}
          <ul class="units" data-testid="units">
            {page.units.map((u) => (
              <li key={u.entityId}>
                <button type="button" class={`unit kind-${u.kind}`} onClick={() => onJump(u.entityId)}>
                  {names[u.entityId] ?? u.entityId} <span class="count">×{u.count}</span>
                </button>
              </li>
            ))}
          </ul>
          {page.enabled && page.claims.length > 0 && (
            <>
              <h3>Claims checked against the article</h3>
              <ul class="claims" data-testid="claims">
                {page.claims.map((c) => (
                  <li key={`${c.sentence}|${c.value}`} class={`claim ${c.verdict}`} title={c.reason}>
                    <span class="verdict">
                      <span aria-hidden="true">{MARK[c.verdict]}</span> {LABEL[c.verdict]}
                    </span>{' '}
                    <span class="said">
                      {c.entity}: {c.value}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
