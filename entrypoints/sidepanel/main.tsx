import { render } from 'preact';
import { App } from './App';
import './sidepanel.css';

render(<App />, document.getElementById('app')!);
