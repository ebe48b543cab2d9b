// Calm and clear: generous spacing, readable type, focus that is always visible, and colours dark enough
// that text on them passes WCAG AA contrast (Mantine's default teal and red are too light for white text).
import { Alert, createTheme, Loader, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

const brand: MantineColorsTuple = ['#e6f4f0', '#c9e7de', '#a0d4c3', '#6fbca3', '#3f9f82', '#1f8468', '#0f6e55', '#0b5e49', '#084f3d', '#053f31'];

export const theme = createTheme({
  colors: { brand },
  primaryColor: 'brand',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  focusRing: 'always',
  fontSizes: { md: '1rem' },
  components: {
    // Light alerts colour their title like their tint, too pale to read on it: titles are near-black.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-dark-8)' } } }),
    // A loader is a bare span: without a role its "Loading…" label is not allowed, and not announced.
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
  },
});

/** Error text in a red that reads on white (5.9:1) rather than Mantine's lighter default. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': 'var(--mantine-color-red-9)', '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
