import { describe } from 'vitest';
import { itReadsFacts } from '../test/facts';
import { NEWS_CATALOG } from '../test/news-catalog';

describe('relations and roles', () => {
  const cases: Parameters<typeof itReadsFacts>[0] = [
    [
      'a new name of the same entity',
      'Ant Financial was renamed Ant Group in June.',
      ['ant-group | rebranded as | Ant Group @June 2017'],
    ],
    ['no relation of a name with itself', 'Ant Financial worked with Ant Group.', []],
    [
      'a role after a possessive',
      'Ant Group’s controlling shareholder Jack Ma spoke.',
      ['jack-ma | controlling shareholder | Ant Group'],
    ],
    [
      'a role in an appositive',
      'Daniel Zhang, Alibaba’s chief executive, spoke.',
      ['daniel-zhang | chief executive | Alibaba'],
    ],
    ['a preposition is no role', 'It was the first Singles’ Day since Daniel Zhang took over.', []],
  ];
  itReadsFacts(cases, NEWS_CATALOG);
});
