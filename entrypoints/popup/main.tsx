import { render } from 'preact';
import { App } from '../../src/popup/App';

const root = document.getElementById('app');
if (root) render(<App />, root);
