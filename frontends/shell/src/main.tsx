import '@terugkeer/ui/styles.css';
import './shell.css';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { EmbeddedApp } from './embed/embedded-app';
import { embedRequest } from './embed/embed-request';

const embedded = embedRequest();
createRoot(document.getElementById('root')!).render(embedded ? <EmbeddedApp request={embedded} /> : <App />);
