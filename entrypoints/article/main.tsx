import { render } from 'preact';
import { ArticlePage, targetOf } from '../../src/article/ArticlePage';
import { factBase } from '../../src/extension/fact-base';

const root = document.getElementById('app');
const draw = () => root && render(<ArticlePage factBase={factBase} target={targetOf(location)} />, root);
draw();
window.addEventListener('hashchange', draw);
