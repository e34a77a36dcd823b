import * as z from 'zod/mini';

// zod/mini: the same checks as zod, in a form bundlers can trim, so the content script stays small.

/** Every request the background answers, discriminated on `type`. */
export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('factbase/summary') }),
  /** What the hover card shows for one entity. */
  z.strictObject({ type: z.literal('card/get'), entityId: z.string().check(z.minLength(1), z.maxLength(100)) }),
  /** Puts the hover card's script into the asking tab and frame, on first use. */
  z.strictObject({ type: z.literal('card/load') }),
  /** Opens the article page at a passage: a web page may not link to an extension page itself. */
  z.strictObject({ type: z.literal('article/open'), passageId: z.string().check(z.regex(/^[a-z0-9-]{1,200}$/)) }),
]);
export type Request = z.infer<typeof Request>;

export const SourceSummary = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  publishedAt: z.optional(z.string()),
});

/** What `factbase/summary` answers: enough for the popup to say what it knows. */
export const FactBaseSummary = z.object({
  sources: z.array(SourceSummary),
  entities: z.int(),
  /** How many of those entities the sources state at least one fact about. */
  coveredEntities: z.int(),
  passages: z.int(),
  facts: z.int(),
});
export type FactBaseSummary = z.infer<typeof FactBaseSummary>;

const KIND = z.enum(['parent', 'business-unit', 'affiliate', 'investee', 'event', 'person', 'former-unit', 'external']);

/** One fact on a hover card, with where the source says it. */
export const CardFact = z.object({
  text: z.string(),
  quote: z.string(),
  citation: z.object({
    publisher: z.string(),
    publishedAt: z.optional(z.string()),
    paragraph: z.int(),
    /** The passage in the extension's article page. */
    url: z.string(),
  }),
});
export type CardFact = z.infer<typeof CardFact>;

/** What the hover card shows for an entity; `covered: false` when the sources say nothing of it. */
export const Card = z.object({
  entity: z.object({
    id: z.string(),
    name: z.string(),
    kind: KIND,
    relation: z.string(),
    otherNames: z.array(z.string()),
  }),
  covered: z.boolean(),
  facts: z.array(CardFact),
});
export type Card = z.infer<typeof Card>;

/** Failures travel as values, never as thrown errors across contexts. */
export const Failure = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof Failure>;

const success = <T extends z.ZodMiniType>(value: T) => z.union([z.object({ ok: z.literal(true), value }), Failure]);

/** The response schema for each request type. */
export const Responses = {
  'factbase/summary': success(FactBaseSummary),
  'card/get': success(Card),
  'card/load': success(z.null()),
  'article/open': success(z.null()),
} satisfies Record<Request['type'], z.ZodMiniType>;

export type ResponseOf<T extends Request['type']> = z.infer<(typeof Responses)[T]>;
