import type { FactBase } from '../factbase/schema';

/**
 * A fact base with `copies` copies of every source, its passages and its facts, each copy under ids
 * of its own (`…-copy-3`): a corpus `copies` times the size whose every sentence the engine must
 * still rank. Texts and offsets are unchanged, so every copy is as valid as the original.
 */
export function copyFactBase(base: FactBase, copies: number): FactBase {
  const n = Array.from({ length: copies }, (_, i) => i + 1);
  const id = (original: string, copy: number) => (copies === 1 ? original : `${original}-copy-${copy}`);
  return {
    ...base,
    sources: n.flatMap((c) => base.sources.map((s) => ({ ...s, id: id(s.id, c) }))),
    passages: n.flatMap((c) => base.passages.map((p) => ({ ...p, id: id(p.id, c), sourceId: id(p.sourceId, c) }))),
    facts: n.flatMap((c) =>
      base.facts.map((f) => ({ ...f, id: id(f.id, c), sourceId: id(f.sourceId, c), passageId: id(f.passageId, c) })),
    ),
  };
}
