import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './components/App';

// zod compiles validators with new Function when it can; the CSP forbids that (no 'unsafe-eval'), so
// tell it not to try rather than let every first parse raise a CSP report.
z.config({ jitless: true });
import './styles/app.css';
import './styles/editor.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
