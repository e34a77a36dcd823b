import '../../src/popup/script-start';
import { render } from 'preact';
import { App } from '../../src/popup/App';
// Inlined, not linked: a linked sheet is one more file the popup waits for before its script runs.
import css from '../../src/popup/style.css?inline';

document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
const root = document.getElementById('app');
if (root) render(<App />, root);
