/**
 * The kinds of entity, as plain data: the fact base's schema (zod) and the message protocol
 * (zod/mini, for small bundles) both build their enum from this one list.
 */
export const ENTITY_KINDS = [
  'parent',
  'business-unit',
  'affiliate',
  'investee',
  'event',
  'person',
  'former-unit',
  /** Named in a source but not part of Alibaba; never highlighted, only used to tell names apart. */
  'external',
] as const;
