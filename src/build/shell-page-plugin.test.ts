import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { shellPagePlugin } from './shell-page-plugin';

const plugin = shellPagePlugin({ page: 'popup/index.html', appLinkId: 'popup-app', shellScript: '/popup-shell.js' });
const hook = (plugin.transformIndexHtml as { handler: IndexHtmlTransformHook }).handler;
const transform = (html: string, path: string, fileName?: string) =>
  hook.call({} as never, html, { path, chunk: fileName && { fileName } } as unknown as IndexHtmlTransformContext);

const BUILT = `<head>
    <script type="module" crossorigin src="/chunks/popup-X1.js"></script>
  </head>
  <body><input id="question">
  </body>`;

describe('shellPagePlugin', () => {
  it('preloads the entry under the link id and ends the body with the shell script', () => {
    expect(transform(BUILT, '/entrypoints/popup/index.html', 'chunks/popup-X1.js')).toBe(`<head>
    <link rel="modulepreload" crossorigin href="/chunks/popup-X1.js" id="popup-app">
  </head>
  <body><input id="question">
    <script src="/popup-shell.js"></script>
  </body>`);
  });

  it('leaves other pages alone', () => {
    expect(transform(BUILT, '/entrypoints/article/index.html', 'chunks/article-X2.js')).toBe(BUILT);
  });

  it('fails the build when the page has no module entry to preload', () => {
    expect(() => transform('<body></body>', '/entrypoints/popup/index.html', 'chunks/popup-X1.js')).toThrow(
      'popup/index.html: no module entry script to preload',
    );
  });
});
