import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installLocalePreference } from './shell/localePreference';
import { bootSession } from './shell/session';
import './styles.css';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no element with id "root" to mount Cleanplan in.');

installLocalePreference();
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Hydration starts outside React so that StrictMode's double effects cannot start it twice.
void bootSession();
