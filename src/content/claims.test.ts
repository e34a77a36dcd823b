import { describe, expect, it } from 'vitest';
import { claimsIn } from './claims';

const CLAIM = {
  block: 0,
  start: 7,
  end: 30,
  verdict: 'contradicted',
  entityId: 'alipay',
  entity: 'Alipay',
  sentence: 'Alipay has about 300 million users.',
  value: 'about 300 million users',
  reason: 'The article says more than 520 million users.',
  quote: 'Alipay … has more than 520 million users …',
  paragraph: 17,
  publisher: 'South China Morning Post',
  url: 'chrome-extension://id/article.html#p17',
};

describe('claimsIn', () => {
  it.each([
    ['a well-formed answer', { ok: true, value: { claims: [CLAIM] } }, [CLAIM]],
    ['a failure', { ok: false, error: 'x' }, undefined],
    ['no answer', undefined, undefined],
    ['claims that are not a list', { ok: true, value: { claims: 'x' } }, undefined],
    ['a claim with an unknown verdict', { ok: true, value: { claims: [{ ...CLAIM, verdict: 'maybe' }] } }, []],
    ['a claim with a fractional offset', { ok: true, value: { claims: [{ ...CLAIM, start: 1.5 }] } }, []],
    ['a claim missing its quote', { ok: true, value: { claims: [{ ...CLAIM, quote: undefined }] } }, []],
  ])('%s', (_name, response, expected) => {
    expect(claimsIn(response)).toEqual(expected);
  });
});
