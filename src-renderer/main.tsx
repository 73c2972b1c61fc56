import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/feedback.css';
import './styles/dialog.css';
import './styles/library.css';
import './styles/title.css';
import './styles/player.css';
import './styles/settings.css';
import './styles/downloads.css';
import './styles/discovery.css';
import './styles/audit.css';
import './styles/job-choice.css';
import './styles/tools.css';
import './styles/diagnostics.css';
import './styles/logs.css';
import './styles/connections.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
