import * as z from 'zod/mini';
import { ENTITY_KINDS } from '../factbase/entity-kinds';

// zod/mini: the same checks as zod, in a form bundlers can trim, so the content script stays small.

/** Every request the background answers, discriminated on `type`. */
export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('factbase/summary') }),
  /** Every catalog entity's canonical name, for labelling what a page mentions. */
  z.strictObject({ type: z.literal('catalog/names') }),
  /** What the hover card shows for one entity. */
  z.strictObject({ type: z.literal('card/get'), entityId: z.string().check(z.minLength(1), z.maxLength(100)) }),
  /** Puts the hover card's script into the asking tab and frame, on first use. */
  z.strictObject({ type: z.literal('card/load') }),
  /** Answers a question from the fact base (the popup's Ask). */
  z.strictObject({ type: z.literal('qa/ask'), question: z.string().check(z.minLength(1), z.maxLength(500)) }),
  /** Suggestions for what is being typed. */
  z.strictObject({ type: z.literal('qa/suggest'), text: z.string().check(z.maxLength(500)) }),
  /** Opens the article page at a passage: a web page may not link to an extension page itself. */
  /** Checks the claims in blocks of a page's text (those naming an Alibaba unit and carrying a value). */
  z.strictObject({
    type: z.literal('check/claims'),
    texts: z.array(z.string().check(z.maxLength(20_000))).check(z.minLength(1), z.maxLength(100)),
  }),
  /** How many claims on the sender's page the article contradicts, for the toolbar badge. */
  z.strictObject({ type: z.literal('page/claims'), contradicted: z.int().check(z.nonnegative(), z.maximum(10_000)) }),
  z.strictObject({
    type: z.literal('article/open'),
    passageId: z.string().check(z.regex(/^[a-z0-9-]{1,200}$/)),
    /** The quoted sentence's span in the source, to mark it. */
    quote: z.optional(z.strictObject({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) })),
  }),
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

const KIND = z.enum(ENTITY_KINDS);

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

const PassageRef = z.object({ id: z.string(), index: z.int(), text: z.string() });

/** The answer engine's answer (src/qa/answer.ts); `answer: null` means the sources do not say. */
export const Answer = z.object({
  question: z.string(),
  answer: z.nullable(z.string()),
  quote: z.nullable(z.string()),
  evidence: z.nullable(z.object({ start: z.int(), end: z.int(), text: z.string() })),
  passage: z.nullable(PassageRef),
  source: z.nullable(
    z.object({ id: z.string(), title: z.string(), publisher: z.string(), publishedAt: z.optional(z.string()) }),
  ),
  confidence: z.number(),
  reason: z.optional(z.enum(['unknown-entity', 'not-covered', 'no-answer', 'constraint'])),
  related: z.array(PassageRef),
  /** Where the quote starts and ends in the source, for marking it in the article page. */
  quoteSpan: z.nullable(z.object({ start: z.int(), end: z.int() })),
});
export type Answer = z.infer<typeof Answer>;

/** A claim of a page checked against the article; offsets are into the block text it came in. */
export const PageClaim = z.object({
  block: z.int(),
  start: z.int(),
  end: z.int(),
  verdict: z.enum(['supported', 'contradicted', 'unverifiable']),
  entityId: z.string(),
  entity: z.string(),
  /** The page's sentence, and its words for the value ("about 300 million users"). */
  sentence: z.string(),
  value: z.string(),
  reason: z.string(),
  /** The article's sentence that decides it, and where. */
  quote: z.string(),
  paragraph: z.int(),
  publisher: z.string(),
  publishedAt: z.optional(z.string()),
  url: z.string(),
});
export type PageClaim = z.infer<typeof PageClaim>;

/** Failures travel as values, never as thrown errors across contexts. */
export const Failure = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof Failure>;

const success = <T extends z.ZodMiniType>(value: T) => z.union([z.object({ ok: z.literal(true), value }), Failure]);

/** The response schema for each request type. */
export const Responses = {
  'factbase/summary': success(FactBaseSummary),
  'card/get': success(Card),
  'catalog/names': success(z.record(z.string(), z.string())),
  'card/load': success(z.null()),
  'article/open': success(z.null()),
  'qa/ask': success(Answer),
  'qa/suggest': success(z.object({ suggestions: z.array(z.string()) })),
  'check/claims': success(z.object({ claims: z.array(PageClaim) })),
  'page/claims': success(z.null()),
} satisfies Record<Request['type'], z.ZodMiniType>;

export type ResponseOf<T extends Request['type']> = z.infer<(typeof Responses)[T]>;
