import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../node/read-article';
import { listPages } from './page-list';

const root = mkdtempSync(join(tmpdir(), 'fact-lens-pages-'));
const pages = join(root, 'pages');
const empty = join(root, 'empty');
mkdirSync(pages);
mkdirSync(empty);
for (const name of ['b.html', 'a.html', 'notes.txt']) writeFileSync(join(pages, name), '<p>x</p>');
writeFileSync(join(empty, 'readme.txt'), 'no pages here');

describe('listPages', () => {
  it('lists the .html pages of a folder, sorted, and nothing else', () => {
    expect(listPages(pages)).toEqual({ dir: pages, files: ['a.html', 'b.html'] });
  });

  it('takes one .html file on its own', () => {
    expect(listPages(join(pages, 'b.html'))).toEqual({ dir: pages, files: ['b.html'] });
  });

  it.each([
    ['a path that does not exist', join(root, 'absent'), /absent: no such file or folder/],
    ['a folder with no .html page', empty, /empty: no \.html pages in this folder/],
    ['a file that is not a page', join(pages, 'notes.txt'), /notes\.txt: not a folder of \.html pages/],
  ])('refuses %s, naming it', (_name, path, message) => {
    expect(() => listPages(path)).toThrow(InputError);
    expect(() => listPages(path)).toThrow(message);
  });
});
