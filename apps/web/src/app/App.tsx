import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { releaseMediaUrls } from '../data/queries';
import { SessionProvider } from '../session/session-context';
import { initTheme } from '../ui/theme-preference';
import { ToastProvider } from '../ui/Toasts';
import { AppRoutes } from './AppRoutes';

initTheme();

export function App() {
  const [queryClient] = useState(() => {
    const client = new QueryClient({
      defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
    });
    releaseMediaUrls(client);
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </ToastProvider>
    </QueryClientProvider>
  );
}
