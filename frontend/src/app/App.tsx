import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../lib/session';
import { AppRoutes } from './router/AppRoutes';

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </SessionProvider>
  );
}
