// Renders a screen inside the same providers the app uses.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { cssVariablesResolver, theme } from '../../renderer/src/app/theme';

export function renderScreen(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}>
        {/* A data router, as in the app: forms use useBlocker. */}
        <RouterProvider router={createMemoryRouter([{ path: '*', element: ui }])} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}
