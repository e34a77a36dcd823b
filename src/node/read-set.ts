import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { DataError, parseData } from '../factbase/validate';
import { InputError } from './read-article';

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

/** Runs a command's body; bad input ends it with the one-line message and exit code 2. */
export function runCommand(name: string, body: () => void): void {
  try {
    body();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`${name}: ${error.message}`);
    process.exitCode = 2;
  }
}
