import { render } from 'preact';
import { ArticlePage } from '../../src/article/ArticlePage';
import { factBase } from '../../src/extension/fact-base';

const root = document.getElementById('app');
if (root) render(<ArticlePage factBase={factBase} />, root);
