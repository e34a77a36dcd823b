import type { Anchor } from '../content/card-bridge';
import { afterPublisher } from '../factbase/short-date';
import type { PageClaim } from '../messaging/protocol';
import { CardShell } from './HoverCard';

export interface ClaimCardProps {
  claim: PageClaim;
  anchor: Anchor;
  focus: boolean;
  onClose(): void;
  onOpen(url: string): void;
}

/** Each verdict in words and with a mark, so that it never rests on colour alone. */
const VERDICT: Record<PageClaim['verdict'], { mark: string; label: string }> = {
  supported: { mark: '✓', label: 'Supported by the article' },
  contradicted: { mark: '✗', label: 'Contradicted by the article' },
  unverifiable: { mark: '?', label: 'The article cannot decide' },
};

/** The card of a checked claim: the page's words, the article's sentence that decides, and why. */
export function ClaimCard({ claim, anchor, focus, onClose, onOpen }: ClaimCardProps) {
  const titleId = 'fact-lens-claim-title';
  const verdict = VERDICT[claim.verdict];
  return (
    <CardShell anchor={anchor} focus={focus} onClose={onClose} titleId={titleId} content={claim}>
      <header>
        <h2 id={titleId} class={`verdict ${claim.verdict}`}>
          <span aria-hidden="true">{verdict.mark}</span> {verdict.label}
        </h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="kind">
        {claim.entity} · {claim.value}
      </p>
      <dl class="claim">
        <dt>The page says</dt>
        <dd>“{claim.sentence}”</dd>
        <dt>
          The article ({claim.publisher}
          {afterPublisher(claim.publishedAt)}) says
        </dt>
        <dd>
          “{claim.quote}”{' '}
          <a
            class="cite"
            href={claim.url}
            target="_blank"
            rel="noopener"
            onClick={(e) => {
              e.preventDefault();
              onOpen(claim.url);
            }}
          >
            paragraph {claim.paragraph}
          </a>
        </dd>
      </dl>
      <p class="reason">{claim.reason}</p>
    </CardShell>
  );
}
