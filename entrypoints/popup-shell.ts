import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startShell } from '../src/popup/shell';
import css from '../src/popup/style.css?inline';

// popup.html's first script, classic and small: see src/popup/shell.ts.
export default defineUnlistedScript(() => startShell(document, css, (url) => import(/* @vite-ignore */ url)));
