import { render } from 'preact';
render(<p>تبيّن</p>, document.getElementById('app')!);
