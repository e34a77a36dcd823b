import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

const TEXT = [
  'Alibaba sees cloud growth',
  '',
  'A standfirst that sums it up',
  '',
  'PUBLISHED : Sunday, 12 November, 2017, 4:18pm',
  'UPDATED : Sunday, 12 November, 2017, 10:40pm',
  '',
  'First body paragraph. It has two sentences.',
  '',
  'Alibaba smashes Singles’ Day record as online shopping festival goes global',
  '',
  '“A quote paragraph,” he said.',
  '',
].join('\n');

describe('parseArticle', () => {
  const { source, passages } = parseArticle({
    id: 'test-article',
    text: TEXT,
    publisher: 'Test Post',
    utcOffset: '+08:00',
  });

  it('reads the title, standfirst and datelines', () => {
    expect(source).toMatchObject({
      id: 'test-article',
      title: 'Alibaba sees cloud growth',
      standfirst: 'A standfirst that sums it up',
      publisher: 'Test Post',
      publishedAt: '2017-11-12T16:18:00+08:00',
      updatedAt: '2017-11-12T22:40:00+08:00',
    });
    expect(source.text).toBe(TEXT);
  });

  it('makes one passage per paragraph, with its kind', () => {
    expect(passages.map((p) => [p.index, p.kind])).toEqual([
      [1, 'title'],
      [2, 'standfirst'],
      [3, 'dateline'],
      [4, 'body'],
      [5, 'headline'],
      [6, 'body'],
    ]);
  });

  it('gives passages and sentences offsets into the unchanged text', () => {
    for (const p of passages) {
      expect(TEXT.slice(p.start, p.end)).toBe(p.text);
      for (const s of p.sentences) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
    }
    expect(passages[3]?.sentences.map((s) => s.text)).toEqual(['First body paragraph.', 'It has two sentences.']);
  });

  it.each([
    ['a wire dateline', 'Headline\n\nSHANGHAI/HONG KONG (Reuters) - Ant said so.\n', 'Reuters'],
    ['a byline', 'Headline\n\nBy Jane Doe, City A.M.\n\nAlibaba said so.\n', 'City A.M.'],
    ['neither', 'Headline\n\nAnt said so (in a statement) - twice.\n', 'Unknown publisher'],
  ])('reads the publisher from %s when none is given', (_name, text, publisher) => {
    expect(parseArticle({ id: 'wire', text }).source.publisher).toBe(publisher);
    expect(parseArticle({ id: 'wire', text, publisher: 'Given' }).source.publisher).toBe('Given');
  });

  it('copes with an article that has no datelines', () => {
    const parsed = parseArticle({ id: 'plain', text: 'Headline\n\nOne paragraph only.\n' });
    expect(parsed.source.publishedAt).toBeUndefined();
    expect(parsed.source.publisher).toBe('Unknown publisher');
    expect(parsed.passages.map((p) => p.kind)).toEqual(['title', 'body']);
  });
});
