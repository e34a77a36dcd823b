import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimSet } from '../check/evaluate';
import { InputError } from './read-article';
import { readSet, readSetArticles } from './read-set';

const dir = mkdtempSync(join(tmpdir(), 'fact-lens-set-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('readSet', () => {
  it('reads a valid set', () => {
    const path = file('ok.json', '{"claims": [{"id": "x", "sentence": "Alipay has 1 user.", "verdict": "none"}]}');
    expect(readSet(ClaimSet, path).claims.map((c) => c.id)).toEqual(['x']);
  });

  it.each([
    ['a missing file', join(dir, 'absent.json'), /absent\.json: no such file/],
    ['text that is not JSON', file('bad.json', '# heading'), /bad\.json: not JSON/],
    ['JSON of another shape', file('shape.json', '{"claims": [{"id": 1}]}'), /shape\.json: claims\[0\]/],
  ])('refuses %s with a message naming the file', (_name, path, message) => {
    expect(() => readSet(ClaimSet, path)).toThrow(InputError);
    expect(() => readSet(ClaimSet, path)).toThrow(message);
  });
});

describe('readSetArticles', () => {
  it('reads the article a set names from beside the set', () => {
    file('story.txt', 'A headline\n\nAlipay has 1 user.\n');
    const set = readSet(
      ClaimSet,
      file('beside.json', '{"article": "story.txt", "claims": [{"id": "x", "sentence": "s", "verdict": "none"}]}'),
    );
    expect(readSetArticles(set.article, join(dir, 'beside.json')).map((a) => [a.id, a.text])).toEqual([
      ['story', 'A headline\n\nAlipay has 1 user.\n'],
    ]);
  });

  it('reads the bundled article when the set names none', () => {
    const set = readSet(ClaimSet, file('plain.json', '{"claims": [{"id": "x", "sentence": "s", "verdict": "none"}]}'));
    expect(set.article).toBe('bundled');
    expect(readSetArticles(set.article, join(dir, 'plain.json')).map((a) => a.id)).toEqual([
      'scmp-2017-11-12-alibaba-singles-day',
    ]);
  });

  it('refuses a missing article with a message naming it', () => {
    expect(() => readSetArticles('absent.txt', join(dir, 'set.json'))).toThrow(InputError);
    expect(() => readSetArticles('absent.txt', join(dir, 'set.json'))).toThrow(/absent\.txt: no such file/);
  });
});
