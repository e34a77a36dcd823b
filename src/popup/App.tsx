import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '../messaging/client';
import type { FactBaseSummary, Request } from '../messaging/protocol';

type State = { status: 'loading' } | { status: 'ready'; summary: FactBaseSummary } | { status: 'error'; error: string };

const send = (message: Request) => browser.runtime.sendMessage(message);

/** The popup. Skeleton for now: it says which sources the fact base was built from. */
export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    request(send, { type: 'factbase/summary' }).then((response) =>
      setState(response.ok ? { status: 'ready', summary: response.value } : { status: 'error', error: response.error }),
    );
  }, []);
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px 16px', minWidth: '320px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Fact Lens</h1>
      {state.status === 'loading' && <p>Loading the fact base…</p>}
      {state.status === 'error' && <p role="alert">Could not load the fact base: {state.error}</p>}
      {state.status === 'ready' && <Summary summary={state.summary} />}
    </main>
  );
}

function Summary({ summary }: { summary: FactBaseSummary }) {
  return (
    <section aria-label="Fact base">
      <p data-testid="summary">
        {summary.facts} facts about {summary.coveredEntities} of {summary.entities} Alibaba units, from{' '}
        {summary.passages} passages of:
      </p>
      <ul>
        {summary.sources.map((s) => (
          <li key={s.id}>
            {s.title} ({s.publisher}
            {s.publishedAt ? `, ${s.publishedAt.slice(0, 10)}` : ''})
          </li>
        ))}
      </ul>
    </section>
  );
}
