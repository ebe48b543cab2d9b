// The Settings area: its h1, an index of its pages that marks the one in view, and the page itself. On a
// wide window the index stands to the left, with a hint under each name, and stays in view while a long
// page scrolls. On a narrow window, and on a page of wide tables (the audit log), it sits above the page
// as a compact grid, so the page keeps the width it needs.
import { Box, Flex, NavLink, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { SETTINGS_PAGES } from './settingsPages';
import { SETTINGS_PATHS } from './settingsPaths';

/** /settings/ and /settings are the same page. */
const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

function SettingsIndex({ here, above }: { here: string; above: boolean }) {
  return (
    <SimpleGrid cols={above ? { base: 2, sm: 4 } : { base: 2, sm: 4, lg: 1 }} spacing={4} verticalSpacing={2}>
      {SETTINGS_PAGES.map(({ key, label, hint }) => (
        <NavLink
          key={key}
          component={RouterLink}
          to={SETTINGS_PATHS[key]}
          end
          label={label}
          description={above ? undefined : <Text span inherit visibleFrom="lg">{hint}</Text>}
          active={here === SETTINGS_PATHS[key]}
        />
      ))}
    </SimpleGrid>
  );
}

export function SettingsLayout() {
  const here = withoutTrailingSlash(useLocation().pathname);
  const wide = SETTINGS_PAGES.some((p) => p.wide && SETTINGS_PATHS[p.key] === here);
  return (
    <Stack gap="lg">
      <Title order={1}>Settings</Title>
      <Flex direction={wide ? 'column' : { base: 'column', lg: 'row' }} gap="xl" align={wide ? 'stretch' : { base: 'stretch', lg: 'flex-start' }}>
        <Box
          component="nav" aria-label="Settings pages" style={{ flexShrink: 0 }}
          w={wide ? '100%' : { base: '100%', lg: 250 }}
          pos={wide ? 'static' : { base: 'static', lg: 'sticky' }} top={wide ? undefined : { base: 0, lg: 84 }}
        >
          <SettingsIndex here={here} above={wide} />
        </Box>
        {/* Forms read best at a measured width. */}
        <Box style={{ flex: 1, minWidth: 0 }} maw={wide ? undefined : 860}>
          <Outlet />
        </Box>
      </Flex>
    </Stack>
  );
}
