import { render } from 'preact';
import { App } from '../../src/popup/App';
import { takeOverShell } from '../../src/popup/shell';

// Imported by popup.html's first script (entrypoints/popup-shell.ts) once the question box is up.
const root = document.getElementById('app');
if (root) render(<App {...takeOverShell(document)} />, root);
