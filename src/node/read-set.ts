import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import type { ArticleInput } from '../factbase/parse-article';
import { DataError, parseData } from '../factbase/validate';
import { loadBundledArticles } from './load-data';
import { InputError, readArticle } from './read-article';

/** Reads an evaluation set: a JSON file checked against `schema`, every problem an InputError naming the file. */
export function readSet<T extends z.ZodType>(schema: T, file: string): z.infer<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not JSON (${(error as Error).message})`);
  }
  try {
    return parseData(schema, data, file);
  } catch (error) {
    if (error instanceof DataError) throw new InputError(error.message);
    throw error;
  }
}

/** The articles an evaluation set is about: the bundled ones, or a file named relative to the set's own file. */
export function readSetArticles(article: string, setFile: string): ArticleInput[] {
  return article === 'bundled' ? loadBundledArticles() : [readArticle(join(dirname(setFile), article))];
}

/** Runs a command's body; bad input ends it with the one-line message and exit code 2. */
export function runCommand(name: string, body: () => void): void {
  try {
    body();
  } catch (error) {
    endWithInputError(name, error);
  }
}

/** `runCommand` for a body that is asynchronous. */
export async function runAsyncCommand(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    endWithInputError(name, error);
  }
}

/** Says what was wrong with the input in one line and sets exit code 2; any other error goes on up. */
function endWithInputError(name: string, error: unknown): void {
  if (!(error instanceof InputError)) throw error;
  console.error(`${name}: ${error.message}`);
  process.exitCode = 2;
}
