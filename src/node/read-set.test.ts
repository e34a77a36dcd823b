import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimSet } from '../check/evaluate';
import { InputError } from './read-article';
import { readSet } from './read-set';

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
