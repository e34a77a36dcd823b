import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script runs on every page: issue 4 caps it at 30 KB minified. */
export const CONTENT_SCRIPT_LIMIT = 30 * 1024;

/** Every JavaScript file of a build with its raw and gzipped size, largest first. */
export function bundleSizes(dir: string): { file: string; bytes: number; gzip: number }[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push(path);
    }
  };
  walk(dir);
  return files
    .map((path) => {
      const content = readFileSync(path);
      return { file: path.slice(dir.length + 1), bytes: content.length, gzip: gzipSync(content).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** Bytes as kilobytes (1 KB = 1024 bytes), one decimal. */
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** What one part of the extension loads, raw and gzipped, summed over its files. */
export interface EntrySize {
  entry: string;
  files: string[];
  bytes: number;
  gzip: number;
}

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  content_scripts?: { js?: string[] }[];
}

/** The scripts and style sheets an extension page loads: its `<script src>` and `<link href>`, from the build's root. */
function pageAssets(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const base = dirname(page);
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map(([, ref = '']) =>
    ref.startsWith('/') ? ref.slice(1) : join(base, ref),
  );
}

/**
 * The size of each part of a build as the manifest names it: the content script (runs on every
 * page), the card script it loads on first hover, the popup (its page's scripts and styles) and the
 * background service worker. Each file is gzipped on its own, as each is loaded on its own.
 */
export function entrySizes(dir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const content = manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? [];
  const card = readdirSync(join(dir, 'content-scripts'))
    .map((name) => `content-scripts/${name}`)
    .filter((file) => file.endsWith('.js') && !content.includes(file));
  const popup = manifest.action?.default_popup;
  const background = manifest.background?.service_worker;
  const entries: [string, string[]][] = [
    ['content script', content],
    ['card (first hover)', card],
    ['popup', popup ? pageAssets(dir, popup) : []],
    ['background', background ? [background] : []],
  ];
  return entries.map(([entry, files]) => {
    const contents = files.map((file) => readFileSync(join(dir, file)));
    const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
    return {
      entry,
      files,
      bytes: sum(contents.map((c) => c.length)),
      gzip: sum(contents.map((c) => gzipSync(c).length)),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  if (!existsSync(dir)) {
    process.stderr.write(`report-sizes: no build at ${dir}; run npm run build first\n`);
    process.exit(2);
  }
  const sizes = bundleSizes(dir);
  process.stdout.write(`Bundle sizes in ${dir} (minified, gzip):\n`);
  for (const s of sizes)
    process.stdout.write(`  ${s.file.padEnd(44)} ${kb(s.bytes).padStart(9)} ${kb(s.gzip).padStart(9)}\n`);
  const content = sizes.find((s) => s.file === 'content-scripts/content.js');
  const verdict = content && content.bytes <= CONTENT_SCRIPT_LIMIT ? 'within' : 'OVER';
  process.stdout.write(
    `content script: ${content ? kb(content.bytes) : 'missing'}, ${verdict} the ${kb(CONTENT_SCRIPT_LIMIT)} limit (the card script loads on first hover)\n`,
  );
  if (verdict === 'OVER') process.exitCode = 1;
}
