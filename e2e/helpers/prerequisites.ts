import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The unpacked Chrome build that `wxt build` writes. */
export const EXTENSION_PATH = join(import.meta.dirname, '../../.output/chrome-mv3');

/** Debian's Chromium by default: Playwright's own browsers cannot be downloaded here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Throws one clear message for each thing the e2e tests need but cannot find. */
export function assertPrerequisites(): void {
  const problems: string[] = [];
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
    problems.push(`No built extension at ${EXTENSION_PATH}/manifest.json: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    problems.push(
      `No Chromium at ${CHROMIUM_PATH}: install it with \`sudo apt-get install chromium\` (Debian/Ubuntu), ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
