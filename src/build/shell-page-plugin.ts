import type { Plugin } from 'vite';

/** An HTML page that opens in two steps (see src/popup/shell.ts). */
export interface ShellPage {
  /** The page's path in the project, e.g. "popup/index.html". */
  page: string;
  /** The id given to the link that preloads the page's module entry (the app). */
  appLinkId: string;
  /** The page's first script: a classic one, built apart (an unlisted script), e.g. "/popup-shell.js". */
  shellScript: string;
}

/**
 * Builds a shell page: its module entry (`<script type="module" src=…>`) is fetched early but not
 * run (`<link rel="modulepreload" id=…>`), and the shell script, placed at the end of the body,
 * imports it once the page's own elements are styled and usable. Run as a module script, the app
 * would come first: its whole module graph fetched and run before the page's first script.
 */
export function shellPagePlugin({ page, appLinkId, shellScript }: ShellPage): Plugin {
  return {
    name: 'fact-lens:shell-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, chunk }) {
        if (!path.endsWith(page)) return html;
        const entry = `<script type="module" crossorigin src="/${chunk?.fileName}"></script>`;
        if (!chunk || !html.includes(entry)) throw new Error(`${page}: no module entry script to preload`);
        if (!html.includes('</body>')) throw new Error(`${page}: no </body> to put the shell script before`);
        return html
          .replace(entry, `<link rel="modulepreload" crossorigin href="/${chunk.fileName}" id="${appLinkId}">`)
          .replace('</body>', `  <script src="${shellScript}"></script>\n  </body>`);
      },
    },
  };
}
