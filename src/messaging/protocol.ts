import { z } from 'zod';

/** Every request one extension context may send another, discriminated on `type`. */
export const Request = z.discriminatedUnion('type', [z.object({ type: z.literal('factbase/summary') }).strict()]);
export type Request = z.infer<typeof Request>;

export const SourceSummary = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  publishedAt: z.string().optional(),
});

/** What `factbase/summary` answers: enough for the popup to say what it knows. */
export const FactBaseSummary = z.object({
  sources: z.array(SourceSummary),
  entities: z.number().int(),
  /** How many of those entities the sources state at least one fact about. */
  coveredEntities: z.number().int(),
  passages: z.number().int(),
  facts: z.number().int(),
});
export type FactBaseSummary = z.infer<typeof FactBaseSummary>;

/** Failures travel as values, never as thrown errors across contexts. */
export const Failure = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof Failure>;

const success = <T extends z.ZodType>(value: T) => z.union([z.object({ ok: z.literal(true), value }), Failure]);

/** The response schema for each request type. */
export const Responses = {
  'factbase/summary': success(FactBaseSummary),
} satisfies Record<Request['type'], z.ZodType>;

export type ResponseOf<T extends Request['type']> = z.infer<(typeof Responses)[T]>;
