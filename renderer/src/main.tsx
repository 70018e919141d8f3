import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installAppCommands } from './app/appCommands';
import './styles/app.css';
import './styles/editor.css';

// Before the first render: the page's load event comes before React's first commit (see appCommands.ts).
installAppCommands();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
