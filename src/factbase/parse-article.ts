import { parseDateline } from './dates';
import type { Passage, PassageKind, Source } from './schema';
import { splitSentences } from './sentences';

/** A plain-text article and what is known about it besides its text. */
export interface ArticleInput {
  id: string;
  text: string;
  publisher?: string;
  url?: string;
  /** The publisher's UTC offset ("+08:00"), when datelines give local time. */
  utcOffset?: string;
}

export interface ParsedArticle {
  source: Source;
  passages: Passage[];
}

const DATELINE = /^\s*(PUBLISHED|UPDATED|Published|Updated|Posted|Last updated)\s*:?\s*(.+)$/;
/** Words that end a sentence; a body paragraph without one is a headline dropped into the copy. */
const SENTENCE_END = /[.!?…:;]["'”’)\]]*\s*$/;
const MAX_HEADLINE_WORDS = 25;
/** A wire service's dateline opening a story: "SHANGHAI/HONG KONG (Reuters) - ", "LONDON, Nov 4 (AFP) — ". */
export const WIRE_DATELINE = /^\s*\p{Lu}{2,}[^()\n]{0,60}?\((\p{Lu}[\p{L}.&' ]{1,40})\)\s*[-–—]+\s*/u;
/** A byline naming the publisher: "By Hannah Lo, Reuters". */
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’ -]{1,60}?,\s*(\p{Lu}[\p{L}.&'’ -]{1,40}?)\s*$/u;

/**
 * Splits an article into a Source and its passages, one per paragraph (blank-line separated), with
 * offsets into the unchanged text. The first paragraph is the title; a paragraph before the first
 * dateline is the standfirst; `PUBLISHED :`/`UPDATED :` lines are datelines.
 */
export function parseArticle(input: ArticleInput): ParsedArticle {
  const paragraphs = findParagraphs(input.text);
  let publishedAt: string | undefined;
  let updatedAt: string | undefined;
  const firstDateline = paragraphs.findIndex((p) => DATELINE.test(p.text.split('\n')[0] ?? ''));
  const passages: Passage[] = paragraphs.map((p, i) => {
    let kind: PassageKind = 'body';
    const lines = p.text.split('\n');
    if (i === 0) kind = 'title';
    else if (lines.every((line) => DATELINE.test(line))) {
      kind = 'dateline';
      for (const line of lines) {
        const [, label = '', rest = ''] = DATELINE.exec(line) ?? [];
        const when = parseDateline(rest, input.utcOffset);
        if (/^(published|posted)/i.test(label)) publishedAt ??= when;
        else updatedAt ??= when;
      }
    } else if (i < firstDateline) kind = 'standfirst';
    else if (isHeadline(p.text)) kind = 'headline';
    const id = `${input.id}-p${i + 1}`;
    return { id, sourceId: input.id, index: i + 1, kind, ...p, sentences: splitSentences(p.text, p.start) };
  });
  const title = passages[0]?.text.replace(/\s+/g, ' ') ?? input.id;
  const standfirst = passages.find((p) => p.kind === 'standfirst')?.text;
  const source: Source = {
    id: input.id,
    title,
    publisher: input.publisher ?? publisherIn(passages) ?? 'Unknown publisher',
    text: input.text,
    ...(standfirst && { standfirst }),
    ...(input.url && { url: input.url }),
    ...(publishedAt && { publishedAt }),
    ...(updatedAt && { updatedAt }),
  };
  return { source, passages };
}

/** The publisher a story names itself, in a byline or a wire dateline, when nothing else says. */
function publisherIn(passages: readonly Passage[]): string | undefined {
  for (const p of passages.slice(1, 8)) {
    const found = BYLINE.exec(p.text)?.[1] ?? (p.kind === 'body' ? WIRE_DATELINE.exec(p.text)?.[1] : undefined);
    if (found) return found.trim();
  }
  return undefined;
}

/** A short single line with no sentence-final punctuation: a related-story link, a crosshead. */
function isHeadline(text: string): boolean {
  return !text.includes('\n') && !SENTENCE_END.test(text) && text.split(/\s+/).length <= MAX_HEADLINE_WORDS;
}

function findParagraphs(text: string): { start: number; end: number; text: string }[] {
  const paragraphs: { start: number; end: number; text: string }[] = [];
  const block = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g;
  for (let m = block.exec(text); m; m = block.exec(text)) {
    const body = m[0].trimEnd();
    paragraphs.push({ start: m.index, end: m.index + body.length, text: body });
  }
  return paragraphs;
}
