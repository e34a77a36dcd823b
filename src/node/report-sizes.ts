import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

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
