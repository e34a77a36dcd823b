import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Anchor } from '../content/card-bridge';
import { afterPublisher } from '../factbase/short-date';
import type { Card } from '../messaging/protocol';
import { placeCard } from './card-style';

export interface HoverCardProps {
  card: Card | undefined;
  error: string | undefined;
  /** The mention's box on screen. */
  anchor: Anchor;
  focus: boolean;
  onClose(): void;
  /** Opens a citation's article page (a web page cannot follow a link into the extension itself). */
  onOpen(url: string): void;
}

const KIND_LABEL: Record<string, string> = {
  parent: 'Parent company',
  'business-unit': 'Business unit',
  affiliate: 'Affiliate',
  investee: 'Investee',
  event: 'Event',
  person: 'Person',
  'former-unit': 'Former unit',
  external: 'Not an Alibaba unit',
};

/** The card's frame: a non-modal dialog placed inside the viewport beside its anchor. */
export function CardShell({
  anchor,
  focus,
  onClose,
  titleId,
  content,
  children,
}: {
  anchor: Anchor;
  focus: boolean;
  onClose(): void;
  titleId: string;
  /** What the card shows: a change re-places it. */
  content: unknown;
  children: ComponentChildren;
}) {
  const dialog = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: anchor.left, top: anchor.bottom + 6 });
  // Measure, then place inside the viewport: below the mention if it fits, else above.
  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView;
    const size = { width: el.offsetWidth, height: el.offsetHeight };
    setPosition(placeCard(anchor, size, { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 }));
  }, [anchor, content]);
  useEffect(() => {
    if (focus) dialog.current?.focus();
  }, [focus, content]);
  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {children}
    </div>
  );
}

/** The hover card: what the sources say about one entity, each fact with its citation. */
export function HoverCard({ card, error, anchor, focus, onClose, onOpen }: HoverCardProps) {
  const titleId = 'fact-lens-card-title';
  return (
    <CardShell anchor={anchor} focus={focus} onClose={onClose} titleId={titleId} content={card ?? error}>
      {error && (
        <p class="error" role="alert">
          Fact Lens could not load this card: {error}
        </p>
      )}
      {!card && !error && <p class="muted">Loading…</p>}
      {card && (
        <>
          <header>
            <h2 id={titleId}>{card.entity.name}</h2>
            <button type="button" class="close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          <p class="kind">
            {KIND_LABEL[card.entity.kind] ?? card.entity.kind} · {card.entity.relation}
          </p>
          {card.entity.otherNames.length > 0 && (
            <p class="names">Also: {card.entity.otherNames.slice(0, 6).join(', ')}</p>
          )}
          {card.covered ? (
            <ul class="facts">
              {card.facts.map((f) => (
                <li key={f.citation.url + f.text}>
                  <span class="fact">{f.text}</span>
                  <a
                    class="cite"
                    href={f.citation.url}
                    target="_blank"
                    rel="noopener"
                    title={f.quote}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(f.citation.url);
                    }}
                  >
                    {f.citation.publisher}
                    {afterPublisher(f.citation.publishedAt)}, paragraph {f.citation.paragraph}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Not covered by the sources: they state no facts about {card.entity.name}.</p>
          )}
        </>
      )}
    </CardShell>
  );
}
