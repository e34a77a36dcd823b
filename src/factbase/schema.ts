import { z } from 'zod';
import { ENTITY_KINDS } from './entity-kinds';

/** A stable, URL-safe identifier: lower-case words joined by hyphens. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

/** A half-open span [start, end) into a source's text. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start' });
export type Span = z.infer<typeof Span>;

/** A verbatim slice of a source: `text === source.text.slice(start, end)`. */
export const Quote = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof Quote>;

/** ISO 8601 date-time, with or without a UTC offset (articles often give local time only). */
const DateTime = z.iso.datetime({ local: true, offset: true });

export const Source = z.object({
  id: Id,
  title: z.string().min(1),
  standfirst: z.string().optional(),
  publisher: z.string().min(1),
  url: z.url().optional(),
  publishedAt: DateTime.optional(),
  updatedAt: DateTime.optional(),
  /** The whole article exactly as supplied; every offset points into this. */
  text: z.string().min(1),
});
export type Source = z.infer<typeof Source>;

export const Sentence = z.object({ start: z.number().int(), end: z.number().int(), text: z.string().min(1) });
export type Sentence = z.infer<typeof Sentence>;

export const PassageKind = z.enum(['title', 'standfirst', 'dateline', 'body', 'headline']);
export type PassageKind = z.infer<typeof PassageKind>;

/** One paragraph of a source. `headline` and `dateline` passages carry no facts. */
export const Passage = z.object({
  id: Id,
  sourceId: Id,
  /** 1-based position among the source's passages, as a reader would count paragraphs. */
  index: z.number().int().positive(),
  kind: PassageKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  sentences: z.array(Sentence).min(1),
});
export type Passage = z.infer<typeof Passage>;

export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;
/** The kinds that are organisations, which "the company" and "it" may stand for. */
export const ORGANISATION_KINDS: readonly EntityKind[] = [
  'parent',
  'business-unit',
  'affiliate',
  'investee',
  'former-unit',
];
/** The kinds that are parts of the group, which "the unit" and "the cloud business" may stand for. */
export const UNIT_KINDS: readonly EntityKind[] = ['business-unit', 'affiliate'];

/**
 * How an alias is matched. Apostrophes in `text` match straight, curly or no apostrophe; Latin
 * aliases need word boundaries, Han ones do not. `needsContext` aliases (a surname such as
 * "Evans") count only in a text that also names the entity by a full alias.
 */
export const Alias = z.object({
  text: z.string().min(2),
  caseSensitive: z.boolean().default(true),
  needsContext: z.boolean().default(false),
});
export type Alias = z.infer<typeof Alias>;

export const Rename = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  /** Year, or year and month, of the change. */
  date: z.string().regex(/^\d{4}(-\d{2})?$/, 'must be YYYY or YYYY-MM'),
  note: z.string().optional(),
});
export type Rename = z.infer<typeof Rename>;

export const Entity = z.object({
  id: Id,
  name: z.string().min(1),
  kind: EntityKind,
  /** Its tie to Alibaba Group, in plain words ("cloud computing subsidiary"). */
  relation: z.string().min(1),
  parentId: Id.optional(),
  aliases: z.array(Alias).min(1),
  renames: z.array(Rename).default([]),
});
export type Entity = z.infer<typeof Entity>;

/** The entity catalog, with ids, parents and aliases checked across records. */
export const Catalog = z.object({ entities: z.array(Entity).min(1) }).superRefine(({ entities }, ctx) => {
  const ids = new Set(entities.map((e) => e.id));
  const seenIds = new Set<string>();
  const aliasOwner = new Map<string, string>();
  entities.forEach((entity, i) => {
    if (seenIds.has(entity.id))
      ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate id "${entity.id}"` });
    seenIds.add(entity.id);
    if (entity.parentId && !ids.has(entity.parentId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entities', i, 'parentId'],
        message: `unknown entity "${entity.parentId}"`,
      });
    }
    entity.aliases.forEach((alias, j) => {
      const key = alias.text.replace(/['’ʼ]/g, '').toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner && owner !== entity.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', i, 'aliases', j, 'text'],
          message: `alias "${alias.text}" also names "${owner}"`,
        });
      }
      aliasOwner.set(key, entity.id);
    });
  });
});
export type Catalog = z.infer<typeof Catalog>;

/** How a stated number relates to the true one ("more than 520 million" → more-than). */
export const Comparator = z.enum(['exact', 'more-than', 'at-least', 'about', 'nearly', 'less-than', 'up-to']);
export type Comparator = z.infer<typeof Comparator>;

const Numeric = {
  amount: z.number(),
  comparator: Comparator,
  /** The place value of the last digit written (0.1e9 for "25.3 billion"). */
  precision: z.number().positive(),
  /** The words as written ("more than 520 million"). */
  text: z.string().min(1),
};

/** What a fact says, discriminated on `kind`. */
export const FactValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quantity'), ...Numeric, unit: z.string().min(1) }),
  z.object({
    kind: z.literal('money'),
    ...Numeric,
    currency: z.string().regex(/^[A-Z]{3}$/),
    /** The same sum in another currency as the source gives it ("(US$447 million)"). */
    equivalent: z.object({ amount: z.number(), currency: z.string().regex(/^[A-Z]{3}$/), text: z.string() }).optional(),
  }),
  z.object({ kind: z.literal('percent'), ...Numeric }),
  z.object({
    kind: z.literal('date'),
    /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    recurring: z.boolean().optional(),
    text: z.string().min(1),
  }),
  z.object({
    kind: z.literal('relation'),
    /** The other party as written ("Ant Financial Services Group", "the Post"). */
    object: z.string().min(1),
    objectId: Id.optional(),
    /** Places the relation holds in ("rebranded as Alipay in Singapore, Malaysia, …"). */
    places: z.array(z.string().min(1)).optional(),
    /** A role or kind given before a name ("Alibaba president Michael Evans"): "president of the object". */
    role: z.boolean().optional(),
  }),
]);
export type FactValue = z.infer<typeof FactValue>;

/** The time a fact holds for, resolved against the publication date ("last year" → 2016). */
export const Period = z.object({
  text: z.string().min(1),
  label: z.string().min(1),
  from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  to: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  recurring: z.boolean().optional(),
});
export type Period = z.infer<typeof Period>;

export const Fact = z.object({
  id: z.string().min(1),
  entityId: Id,
  sourceId: Id,
  passageId: Id,
  /** What the value measures, in the source's words ("users", "data centres", "revenue growth", "founded"). */
  attribute: z.string().min(1),
  value: FactValue,
  period: Period.optional(),
  /** Another catalog entity the fact involves (the investee of an investment). */
  counterpartId: Id.optional(),
  /** Set when the source states it as an expectation rather than a result. */
  forecast: z.boolean().optional(),
  /** The sentence that states the fact, verbatim at its offsets in the source text. */
  quote: Quote,
  /** The words of the value itself, verbatim at their offsets. */
  evidence: Quote,
});
export type Fact = z.infer<typeof Fact>;

export const FactBase = z
  .object({
    version: z.literal(1),
    sources: z.array(Source).min(1),
    passages: z.array(Passage),
    entities: z.array(Entity).min(1),
    facts: z.array(Fact),
  })
  .superRefine((base, ctx) => {
    const entityIds = new Set(base.entities.map((e) => e.id));
    const passageIds = new Set(base.passages.map((p) => p.id));
    const sourceIds = new Set(base.sources.map((s) => s.id));
    base.passages.forEach((p, i) => {
      if (!sourceIds.has(p.sourceId))
        ctx.addIssue({ code: 'custom', path: ['passages', i, 'sourceId'], message: `unknown source "${p.sourceId}"` });
    });
    base.facts.forEach((f, i) => {
      const at = (field: string) => ['facts', i, field];
      if (!entityIds.has(f.entityId))
        ctx.addIssue({ code: 'custom', path: at('entityId'), message: `unknown entity "${f.entityId}"` });
      if (f.counterpartId && !entityIds.has(f.counterpartId))
        ctx.addIssue({ code: 'custom', path: at('counterpartId'), message: `unknown entity "${f.counterpartId}"` });
      if (!passageIds.has(f.passageId))
        ctx.addIssue({ code: 'custom', path: at('passageId'), message: `unknown passage "${f.passageId}"` });
      if (!sourceIds.has(f.sourceId))
        ctx.addIssue({ code: 'custom', path: at('sourceId'), message: `unknown source "${f.sourceId}"` });
    });
  });
export type FactBase = z.infer<typeof FactBase>;

/** One bundled article in `data/sources.json`: its file in `data/` and what the text does not say. */
export const SourceEntry = z.object({
  id: Id,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in data/'),
  publisher: z.string().min(1),
  url: z.url().optional(),
  utcOffset: z
    .string()
    .regex(/^[+-]\d{2}:\d{2}$/, 'must look like +08:00')
    .optional(),
});
export const SourceList = z.object({ sources: z.array(SourceEntry).min(1) });
export type SourceEntry = z.infer<typeof SourceEntry>;
