import type { Plugin } from 'vite';

/** An HTML page that opens in two steps (see src/popup/shell.ts). */
export interface ShellPage {
  /** The page's path in the project, e.g. "popup/index.html". */
  page: string;
  /** The page's first script: a classic one, built apart (an unlisted script), e.g. "/popup-shell.js". */
  shellScript: string;
  /** The shell script element's id: its data-app names the app's entry, data-preload the modules it imports. */
  shellId: string;
}

/** A line of Vite's preload links for the entry's modules, as it writes them into the page. */
const MODULE_PRELOAD = /^\s*<link rel="modulepreload" crossorigin href="([^"]+)">\s*$/;

/**
 * Builds a shell page: its module entry (`<script type="module" src=…>`) and the preload links of
 * the modules it imports are taken out of the page and given to the shell script, placed at the end
 * of the body, which fetches and imports them once the page's own elements are styled and usable.
 * Run as a module script, the app would come first: its whole module graph fetched and run before the
 * page's first script; preloaded from the page, its fetches would still hold that script back.
 */
export function shellPagePlugin({ page, shellScript, shellId }: ShellPage): Plugin {
  return {
    name: 'fact-lens:shell-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, chunk }) {
        if (!path.endsWith(page)) return html;
        const entry = `<script type="module" crossorigin src="/${chunk?.fileName}"></script>`;
        if (!chunk || !html.includes(entry)) throw new Error(`${page}: no module entry script to take over`);
        if (!html.includes('</body>')) throw new Error(`${page}: no </body> to put the shell script before`);
        const lines = html.split('\n');
        const preload = lines.flatMap((line) => MODULE_PRELOAD.exec(line)?.[1] ?? []);
        const shell = `<script src="${shellScript}" id="${shellId}" data-app="/${chunk.fileName}" data-preload="${preload.join(' ')}"></script>`;
        return lines
          .filter((line) => line.trim() !== entry && !MODULE_PRELOAD.test(line))
          .join('\n')
          .replace('</body>', `  ${shell}\n  </body>`);
      },
    },
  };
}
