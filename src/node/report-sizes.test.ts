import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrySizes } from './report-sizes';

/** A build in the shape `wxt build` writes, each file of the given length. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fact-lens-build-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html' },
      content_scripts: [{ js: ['content-scripts/content.js'] }],
    }),
    'popup.html':
      '<script type="module" src="/chunks/popup-1.js"></script><link rel="modulepreload" href="/chunks/jsx-2.js"><link rel="stylesheet" href="/assets/popup-3.css">',
    'content-scripts/content.js': 'c'.repeat(100),
    'content-scripts/card.js': 'k'.repeat(50),
    'chunks/popup-1.js': 'p'.repeat(30),
    'chunks/jsx-2.js': 'j'.repeat(20),
    'assets/popup-3.css': 's'.repeat(10),
    'background.js': 'b'.repeat(200),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('entrySizes', () => {
  it('finds each part of the build through the manifest and the popup page', () => {
    const sizes = entrySizes(fakeBuild());
    expect(sizes.map(({ entry, files, bytes }) => ({ entry, files, bytes }))).toEqual([
      { entry: 'content script', files: ['content-scripts/content.js'], bytes: 100 },
      { entry: 'card (first hover)', files: ['content-scripts/card.js'], bytes: 50 },
      { entry: 'popup', files: ['chunks/popup-1.js', 'chunks/jsx-2.js', 'assets/popup-3.css'], bytes: 60 },
      { entry: 'background', files: ['background.js'], bytes: 200 },
    ]);
  });

  it('gzips each file on its own: a run of one letter shrinks', () => {
    const content = entrySizes(fakeBuild())[0];
    expect(content?.gzip).toBeGreaterThan(0);
    expect(content?.gzip).toBeLessThan(100);
  });
});
