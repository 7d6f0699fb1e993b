import '@terugkeer/ui/styles.css';
import './shell.css';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { EmbeddedApp } from './embed/embedded-app';
import { embedRequest } from './embed/embed-request';

const embedded = embedRequest();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render the shell into.');
createRoot(root).render(embedded ? <EmbeddedApp request={embedded} /> : <App />);
