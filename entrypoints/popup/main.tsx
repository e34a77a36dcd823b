import '../../src/popup/script-start';
import { render } from 'preact';
import { App } from '../../src/popup/App';
import '../../src/popup/style.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
