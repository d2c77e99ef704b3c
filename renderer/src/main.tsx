import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';

async function boot() {
  await initI18n();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App />);
}

void boot();
