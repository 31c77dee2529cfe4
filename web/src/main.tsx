import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/i18n';
import './app/styles.css';
import { App } from './app/app';
import { restoreSession } from './lib/auth';

void restoreSession();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// An English reader's texts are fetched first (a few kB), so no page flashes in Russian.
void i18nReady.finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
