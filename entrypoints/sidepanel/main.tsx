import { render } from 'preact';
import { App } from './App';
// The stylesheet travels inside the script: a separate stylesheet file is one more request
// the module script waits for before it may run, the longest step before the first report.
import css from './style.css?inline';

document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
render(<App />, document.getElementById('app')!);
