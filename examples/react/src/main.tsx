// The React example's entry: one memory adapter (the seeded demo city) for the whole app, then React 19.
// `?variant=wrappers` renders the same page with the @lit/react wrappers (the React 18 way) instead of JSX tags.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter } from 'grassroots-gov-widgets/adapters/memory';
import { App } from './App.js';
import { AppWithWrappers } from './AppWithWrappers.js';

// Community staff may look up any case of their community; a portal passes its own adapter here.
const adapter = createMemoryAdapter({ session: 'community-staff' });
const wrappers = new URLSearchParams(location.search).get('variant') === 'wrappers';

createRoot(document.getElementById('root')!).render(
  <StrictMode>{wrappers ? <AppWithWrappers adapter={adapter} /> : <App adapter={adapter} />}</StrictMode>,
);
