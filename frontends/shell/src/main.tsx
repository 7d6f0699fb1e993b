import '@terugkeer/ui/styles.css';
import './shell.css';
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { embedRequest } from './embed/embed-request';

/** A screen inside an intranet's frame needs Apollo Client at once; the login page does not. */
const EmbeddedApp = lazy(() => import('./embed/embedded-app').then(({ EmbeddedApp }) => ({ default: EmbeddedApp })));

const embedded = embedRequest();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render the shell into.');
createRoot(root).render(
  embedded ? (
    <Suspense fallback={null}>
      <EmbeddedApp request={embedded} />
    </Suspense>
  ) : (
    <App />
  ),
);
