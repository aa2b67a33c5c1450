import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { detectHost } from '../word/host';
import { App } from './App';

async function boot(): Promise<void> {
  const host = await detectHost();
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(<App host={host} />);
}

void boot();
