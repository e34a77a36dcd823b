import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { CATALOG } from '../test/catalog';
import { request } from './client';
import { createHandlers } from './handlers';
import { handle } from './listen';

const factBase = buildFactBase(
  [{ id: 'test', text: 'A title\n\nAlipay has more than 520 million users.\n', publisher: 'Test Post' }],
  CATALOG,
);
const handlers = createHandlers(factBase);

describe('message protocol', () => {
  it('answers a valid request', () => {
    expect(handle({ type: 'factbase/summary' }, handlers)).toEqual({
      ok: true,
      value: {
        sources: [{ id: 'test', title: 'A title', publisher: 'Test Post' }],
        entities: CATALOG.length,
        coveredEntities: 1,
        passages: 2,
        facts: 1,
      },
    });
  });

  const invalid: [string, unknown, string][] = [
    ['an unknown type', { type: 'factbase/drop' }, 'Invalid request'],
    ['extra fields', { type: 'factbase/summary', evil: true }, 'evil'],
    ['not an object', 'factbase/summary', 'Invalid request'],
    ['nothing', undefined, 'Invalid request'],
  ];
  it.each(invalid)('rejects %s with a failure value', (_name, message, words) => {
    const answer = handle(message, handlers) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain(words);
  });

  it('turns a malformed or missing response into a failure on the client side', async () => {
    expect(
      await request(async () => ({ ok: true, value: { facts: 'many' } }), { type: 'factbase/summary' }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('Invalid response'),
    });
    expect(
      await request(
        async () => {
          throw new Error('Receiving end does not exist.');
        },
        { type: 'factbase/summary' },
      ),
    ).toEqual({ ok: false, error: 'No answer from the background: Error: Receiving end does not exist.' });
  });
});
