import { describeFact } from '../factbase/describe';
import type { Fact, FactBase } from '../factbase/schema';
import type { Card } from '../messaging/protocol';

/** How many facts a hover card shows. */
export const CARD_FACTS = 5;

/**
 * The hover card for an entity: who it is, and up to five facts the sources state about it (or in
 * which it is the other party: "Alibaba invested US$2 billion in Lazada"), each citing its passage.
 * Numbers and dates come first, one per attribute, then relations; each group in the article's order.
 */
export function buildCard(
  factBase: FactBase,
  entityId: string,
  articleUrl: (passageId: string, quote: { start: number; end: number }) => string,
): Card | undefined {
  const entity = factBase.entities.find((e) => e.id === entityId);
  if (!entity) return undefined;
  const passages = new Map(factBase.passages.map((p) => [p.id, p]));
  const sources = new Map(factBase.sources.map((s) => [s.id, s]));
  const about = factBase.facts.filter(
    (f) => f.entityId === entityId || f.counterpartId === entityId || objectOf(f) === entityId,
  );
  const seen = new Set<string>();
  const chosen = [...about]
    .sort((a, b) => rank(a, entityId) - rank(b, entityId) || a.evidence.start - b.evidence.start)
    .filter((f) => {
      const key = `${f.entityId} ${f.attribute}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, CARD_FACTS);
  return {
    entity: {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      relation: entity.relation,
      otherNames: [
        ...new Set(entity.aliases.map((a) => a.text).filter((t) => t !== entity.name && !/^\p{Ll}/u.test(t))),
      ],
    },
    covered: about.length > 0,
    facts: chosen.map((f) => {
      const source = sources.get(f.sourceId);
      const names = new Map(factBase.entities.map((e) => [e.id, e.name]));
      const subject = f.entityId === entityId ? '' : `${names.get(f.entityId) ?? f.entityId} — `;
      return {
        text: `${subject}${describeFact(f)}`,
        quote: f.quote.text,
        citation: {
          publisher: source?.publisher ?? 'Unknown publisher',
          ...(source?.publishedAt && { publishedAt: source.publishedAt }),
          paragraph: passages.get(f.passageId)?.index ?? 0,
          url: articleUrl(f.passageId, { start: f.quote.start, end: f.quote.end }),
        },
      };
    }),
  };
}

function objectOf(fact: Fact): string | undefined {
  return fact.value.kind === 'relation' ? fact.value.objectId : undefined;
}

/** Facts about the entity itself before those it is only party to; numbers and dates before relations. */
function rank(fact: Fact, entityId: string): number {
  const own = fact.entityId === entityId ? 0 : 2;
  return own + (fact.value.kind === 'relation' ? 1 : 0);
}
