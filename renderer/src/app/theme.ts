// Calm and clear: generous spacing, readable type, focus that is always visible.
import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 8, // dark enough for white button text to pass contrast
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  focusRing: 'always',
  fontSizes: { md: '1rem' },
});
