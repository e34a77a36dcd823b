import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { InputError } from '../node/read-article';

/** Saved pages to load: the folder they are served from and their file names, sorted. */
export interface PageList {
  dir: string;
  files: string[];
}

/**
 * The `.html` pages of a folder, or one `.html` file on its own. A path that does not exist, a
 * folder without pages and any other file are refused with an InputError naming the path.
 */
export function listPages(path: string): PageList {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new InputError(`${path}: no such file or folder`);
  }
  if (!isDirectory) {
    if (!path.endsWith('.html')) throw new InputError(`${path}: not a folder of .html pages nor an .html file`);
    return { dir: dirname(resolve(path)), files: [basename(path)] };
  }
  const files = readdirSync(path)
    .filter((name) => name.endsWith('.html'))
    .sort();
  if (files.length === 0) throw new InputError(`${path}: no .html pages in this folder`);
  return { dir: resolve(path), files };
}
