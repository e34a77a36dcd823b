import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ArticleInput } from '../factbase/parse-article';

/** Articles larger than this are refused: no news story comes close, and it keeps runs fast. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** A problem with the user's input, reported as one line with exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Reads a plain-text article from `path`, refusing a missing path, a directory, an empty file, a
 * file over 5 MB and a binary (NUL bytes or not UTF-8) one, each with a message naming the problem.
 */
export function readArticle(path: string): ArticleInput {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory, not a text file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: no such file`);
  }
  if (size > MAX_ARTICLE_BYTES)
    throw new InputError(`${path}: file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), expected plain text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`${path}: file is empty`);
  return { id: idFromPath(path), text: text.replace(/^\uFEFF/, '') };
}

/** "news/Alibaba Q3 2017.txt" → "alibaba-q3-2017". */
export function idFromPath(path: string): string {
  const slug = basename(path)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}
