import { buildFactBase } from './src/factbase/build';
import { loadBundledArticles, loadCatalog, loadCommonWords } from './src/node/load-data';
import { readArticle } from './src/node/read-article';
import { createAnswerEngine } from './src/qa/answer-engine';
const [file, ...qs] = process.argv.slice(2);
const fb = buildFactBase(file === 'bundled' ? loadBundledArticles() : [readArticle(file!)], loadCatalog());
const e = createAnswerEngine(fb, { commonWords: loadCommonWords(), trace: (l) => console.log('  ' + l.slice(0, 400)) });
for (const q of qs) { const a = e.answer(q); console.log(`=> ${a.answer ?? '(abstain: ' + a.reason + ')'}`); }
