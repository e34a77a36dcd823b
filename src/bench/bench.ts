import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { EXTENSION_PATH } from '../../e2e/helpers/prerequisites';
import { buildFactBase } from '../factbase/build';
import { DATA_DIR, loadBundledArticles, loadCatalog, loadCommonWords } from '../node/load-data';
import { readSet, runAsyncCommand } from '../node/read-set';
import { type EntrySize, entrySizes } from '../node/report-sizes';
import { EvalSet } from '../qa/evaluate';
import { markGroups } from './mark-terms';
import { benchPages, type PageResult } from './page-bench';
import { listPages } from './page-list';
import { type CorpusFigures, corpusFigures, corpusReport, pageTable } from './page-report';
import { benchPopup, MINIMAL_POPUP, type PopupFigures, popupTable, popupVerdicts } from './popup-bench';
import { type ArticleFigures, benchArticle, benchScale, type QaInput, type ScaleRow } from './qa-bench';
import { articleTable, qaVerdicts, scaleTable, sizeTable } from './qa-report';
import { ms } from './table';

const ROOT = join(import.meta.dirname, '../..');
/** The 130 saved pages of shared/pages/README.md, beside the project. */
const DEFAULT_PAGES = join(ROOT, '../shared/pages/readability');
/** Under e2e/.report/, which git and Biome already ignore. */
const REPORT = join(ROOT, 'e2e/.report/bench.json');
/** The page the popup opens over: the e2e run's copy of the article. */
const FIXTURE_PAGES = join(ROOT, 'e2e/fixtures-pages');
const COPIES = [1, 10, 100, 1000];

const say = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line: string) => process.stderr.write(`${line}\n`);

/** Builds the Chrome extension when there is none: a build already there is used as it is. */
function ensureBuild(): string {
  const manifest = join(EXTENSION_PATH, 'manifest.json');
  if (!existsSync(manifest)) {
    progress(`bench: no build at ${relative(ROOT, EXTENSION_PATH)}; running wxt build`);
    // The build's own output goes to standard error with the progress lines: standard output is the tables.
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (build.status !== 0) throw new Error('wxt build failed');
  }
  return statSync(manifest).mtime.toISOString();
}

/** The 1-minute load average: on a shared machine, how busy it was while this ran. */
const load = () => loadavg()[0]?.toFixed(2) ?? '?';

function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`;
}

/** Everything one run measured, as `e2e/.report/bench.json` keeps it. */
interface BenchRun {
  command: string;
  startedAt: string;
  machine: string;
  load: { start: string; end: string };
  browser: string;
  built: string;
  pages: string;
  terms: { count: number; calls: number };
  questions: number;
  corpus: CorpusFigures;
  results: PageResult[];
  article: ArticleFigures;
  scaling: ScaleRow[];
  /** Fact Lens's toolbar popup, then a minimal one. */
  popups: [PopupFigures, PopupFigures];
  sizes: EntrySize[];
}

/** Measures the pages (both highlighters, in turn), then the engine in Node, the toolbar popup and the bundle sizes. */
async function measure(args: readonly string[]): Promise<BenchRun> {
  const pages = listPages(args[0] ?? DEFAULT_PAGES);
  const built = ensureBuild();
  const startedAt = new Date().toISOString();
  const loadAtStart = load();
  const catalog = loadCatalog();
  const groups = markGroups(catalog);

  progress(`bench: ${pages.files.length} pages, Fact Lens and mark.js in turn`);
  const { results, browser } = await benchPages(pages, groups, (r, done) => {
    const figures = `${r.lens ? ms(r.lens.ms) : 'failed'} ms vs ${r.mark ? ms(r.mark.ms) : 'failed'} ms`;
    progress(`  [${done}/${pages.files.length}] ${r.page}: ${figures}`);
  });

  const input: QaInput = {
    articles: loadBundledArticles(),
    catalog,
    commonWords: loadCommonWords(),
    questions: readSet(EvalSet, join(DATA_DIR, 'eval/qa.json')).questions.map((q) => q.question),
  };
  progress('bench: building the fact base, index and engine for the article');
  const article = benchArticle(input);
  const base = buildFactBase(input.articles, input.catalog);
  const scaling = COPIES.map((copies) => {
    progress(`bench: ${copies} ${copies === 1 ? 'copy' : 'copies'} of the article, the engine and Lunr`);
    return benchScale(input, base, copies);
  });

  progress('bench: the toolbar popup, Fact Lens and a minimal popup, in fresh browsers');
  const popups: [PopupFigures, PopupFigures] = [
    await benchPopup('Fact Lens', EXTENSION_PATH, FIXTURE_PAGES),
    await benchPopup('minimal popup', MINIMAL_POPUP, FIXTURE_PAGES),
  ];

  return {
    command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    startedAt,
    machine: machine(),
    load: { start: loadAtStart, end: load() },
    browser,
    built,
    pages: pages.dir,
    terms: { count: groups.flatMap((g) => g.terms).length, calls: groups.length },
    questions: input.questions.length,
    corpus: corpusFigures(results),
    results,
    article,
    scaling,
    popups,
    sizes: entrySizes(EXTENSION_PATH),
  };
}

/** The tables, section by section, on standard output. */
function print(run: BenchRun): void {
  say(`Fact Lens benchmarks, ${run.startedAt}: ${run.command}`);
  say(`Machine: ${run.machine}, ${run.browser}; extension built ${run.built}`);
  say(`Load average (1 min): ${run.load.start} at the start, ${run.load.end} at the end`);
  say(
    `Pages: ${run.results.length} from ${run.pages}; ${run.terms.count} names as mark.js terms in ${run.terms.calls} calls`,
  );
  const sections: [string, string[][]][] = [
    ['Per page', [pageTable(run.results)]],
    ['The corpus: detection and highlighting, Fact Lens and mark.js', [corpusReport(run.corpus)]],
    [
      `Questions (Node; the ${run.questions} questions of data/eval/qa.json, each timed after a warm pass: the fastest of up to 5 timings)`,
      [articleTable(run.article, run.scaling[0]), scaleTable(run.scaling), qaVerdicts(run.scaling)],
    ],
    [
      'Toolbar popup (3 fresh browsers, 6 openings each; "script" is when its first script ran: the browser’s share)',
      [popupTable(run.popups), popupVerdicts(...run.popups)],
    ],
    ['Bundle sizes', [sizeTable(run.sizes)]],
  ];
  for (const [title, blocks] of sections) {
    say();
    say(`## ${title}`);
    for (const block of blocks) {
      say();
      for (const line of block) say(line);
    }
  }
}

async function main(): Promise<void> {
  const run = await measure(process.argv.slice(2));
  print(run);
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify(run, null, 2)}\n`);
  say();
  say(`Raw figures: ${relative(process.cwd(), REPORT)}`);
}

await runAsyncCommand('bench', main);
