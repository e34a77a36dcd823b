import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { shellPagePlugin } from './shell-page-plugin';

const plugin = shellPagePlugin({ page: 'popup/index.html', shellScript: '/popup-shell.js', shellId: 'popup-shell' });
const hook = (plugin.transformIndexHtml as { handler: IndexHtmlTransformHook }).handler;
const transform = (html: string, path: string, fileName?: string) =>
  hook.call({} as never, html, { path, chunk: fileName && { fileName } } as unknown as IndexHtmlTransformContext);

const BUILT = `<head>
    <script type="module" crossorigin src="/chunks/popup-X1.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/jsx-X3.js">
    <link rel="modulepreload" crossorigin href="/chunks/hooks-X4.js">
    <link rel="stylesheet" href="/x.css">
  </head>
  <body><input id="question">
  </body>`;

describe('shellPagePlugin', () => {
  it('hands the entry and its preloads to the shell script, which ends the body', () => {
    expect(transform(BUILT, '/entrypoints/popup/index.html', 'chunks/popup-X1.js')).toBe(`<head>
    <link rel="stylesheet" href="/x.css">
  </head>
  <body><input id="question">
    <script src="/popup-shell.js" id="popup-shell" data-app="/chunks/popup-X1.js" data-preload="/chunks/jsx-X3.js /chunks/hooks-X4.js"></script>
  </body>`);
  });

  it('leaves other pages alone', () => {
    expect(transform(BUILT, '/entrypoints/article/index.html', 'chunks/article-X2.js')).toBe(BUILT);
  });

  it('fails the build when the page has no module entry', () => {
    expect(() => transform('<body></body>', '/entrypoints/popup/index.html', 'chunks/popup-X1.js')).toThrow(
      'popup/index.html: no module entry script to take over',
    );
  });
});
