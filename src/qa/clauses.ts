import { remember } from './remember';

/**
 * Where a sentence's clauses meet: a semicolon or colon, a comma before "while", "whereas", "but",
 * "although" or "against", a bare "while", a comma before "and" and a new subject's verb, and a comma
 * before a participle. "The Hong Kong tranche drew orders nearly 390 times
 * the shares on offer, while the Shanghai portion was more than 870 times oversubscribed" holds two
 * answers to two questions, one a clause.
 */
const CLAUSE_BREAK = new RegExp(
  [
    ';',
    ':(?!\\d)',
    ',\\s+(?=(?:while|whereas|but|although|though|against|compared|versus)\\b)',
    // ", up from 15 billion yuan last year": the figure compared with has its own time.
    ',\\s+(?=(?:up|down)\\s+from\\b)',
    '\\s(?=(?:while|but)\\b)',
    // ", and American shoppers spent…": "and" before a subject and its verb, not before a list's last item.
    `,\\s+(?=and\\s+(?:[\\p{L}$\\d.’'-]+\\s+){0,3}(?:${'\\p{Ll}+ed|was|were|is|are|has|had|have|will|would|could|said|says|spent|sold|took|made|drew|grew|rose|fell'})\\b)`,
    // "…200,000 brands, 22,000 of them from overseas": a part of what was counted has its own clause.
    ',\\s+(?=[\\d.,]+\\s+of\\s+(?:them|which|whom)\\b)',
    // ", pricing its shares at…", ", raising roughly…": a participle's clause.
    ',\\s+(?=\\p{Ll}+ing\\s)',
  ].join('|'),
  'giu',
);

const CACHE = new Map<string, number[]>();

/** Offsets where the sentence's clauses begin, after the first. */
function breaks(sentence: string): number[] {
  return remember(CACHE, sentence, () =>
    [...sentence.matchAll(CLAUSE_BREAK)].map((m) => {
      const end = m.index + m[0].length;
      return end + (/^\s*/.exec(sentence.slice(end))?.[0].length ?? 0);
    }),
  );
}

/** The clause of `sentence` that holds offset `at`, as [start, end). */
export function clauseAround(sentence: string, at: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  for (const b of breaks(sentence)) {
    if (b <= at) start = b;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}
