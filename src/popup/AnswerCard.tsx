import { afterPublisher } from '../factbase/short-date';
import type { Answer } from '../messaging/protocol';

export interface AnswerCardProps {
  answer: Answer;
  onOpen(passageId: string, quote?: { start: number; end: number }): void;
}

/** The quote with the answer's own words marked, when they stand inside it. */
function MarkedQuote({ answer }: { answer: Answer }) {
  const { quote, quoteSpan, evidence } = answer;
  if (!quote) return null;
  if (!quoteSpan || !evidence || evidence.start < quoteSpan.start || evidence.end > quoteSpan.end) return <>{quote}</>;
  const from = evidence.start - quoteSpan.start;
  const to = evidence.end - quoteSpan.start;
  return (
    <>
      {quote.slice(0, from)}
      <mark>{quote.slice(from, to)}</mark>
      {quote.slice(to)}
    </>
  );
}

/** An answer: short, with the sentence it comes from, its source, and a way into the article. Or "the article does not say". */
export function AnswerCard({ answer, onOpen }: AnswerCardProps) {
  if (answer.answer === null) {
    return (
      <section class="answer abstain" aria-label="Answer" data-testid="answer">
        <p class="short">The article does not answer this.</p>
        {answer.reason === 'unknown-entity' || answer.reason === 'not-covered' ? (
          <p class="muted">It does not cover what the question names.</p>
        ) : answer.related.length > 0 ? (
          <>
            <p class="muted">Related passages:</p>
            <ul class="related">
              {answer.related.map((p) => (
                <li key={p.id}>
                  <button type="button" class="link" onClick={() => onOpen(p.id)}>
                    ¶{p.index}
                  </button>{' '}
                  {p.text.length > 140 ? `${p.text.slice(0, 137)}…` : p.text}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    );
  }
  return (
    <section class="answer" aria-label="Answer" data-testid="answer">
      <p class="short">{answer.answer}</p>
      <blockquote>
        <MarkedQuote answer={answer} />
      </blockquote>
      {answer.source && answer.passage && (
        <p class="source">
          {answer.source.publisher}
          {afterPublisher(answer.source.publishedAt)}, paragraph {answer.passage.index}
        </p>
      )}
      {answer.passage && (
        <button
          type="button"
          class="primary"
          onClick={() => answer.passage && onOpen(answer.passage.id, answer.quoteSpan ?? undefined)}
        >
          Open in article
        </button>
      )}
    </section>
  );
}
