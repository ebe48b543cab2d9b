// The Settings area: its h1, an index of its pages that marks the one in view, and the page itself. On a
// wide window the index stands to the left, with a hint under each name, and stays in view while a long
// page scrolls. On a narrow window it sits above the page as a compact grid. Every page has the same
// index, so it never changes shape on the way from one page to another: a page with a wide table (the
// audit log) scrolls that table sideways instead.
import { Box, Flex, NavLink, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { SETTINGS_PAGES } from './settingsPages';
import { SETTINGS_PATHS } from './settingsPaths';

/** /settings/ and /settings are the same page. */
const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

function SettingsIndex({ here }: { here: string }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 1 }} spacing={4} verticalSpacing={2}>
      {SETTINGS_PAGES.map(({ key, label, hint }) => (
        <NavLink
          key={key}
          component={RouterLink}
          to={SETTINGS_PATHS[key]}
          end
          label={label}
          description={<Text span inherit visibleFrom="lg">{hint}</Text>}
          active={here === SETTINGS_PATHS[key]}
        />
      ))}
    </SimpleGrid>
  );
}

export function SettingsLayout() {
  const here = withoutTrailingSlash(useLocation().pathname);
  return (
    <Stack gap="lg">
      <Title order={1}>Settings</Title>
      <Flex direction={{ base: 'column', lg: 'row' }} gap="xl" align={{ base: 'stretch', lg: 'flex-start' }}>
        <Box
          component="nav" aria-label="Settings pages" style={{ flexShrink: 0 }}
          w={{ base: '100%', lg: 250 }}
          pos={{ base: 'static', lg: 'sticky' }} top={{ base: 0, lg: 84 }}
        >
          <SettingsIndex here={here} />
        </Box>
        {/* Forms read best at a measured width. */}
        <Box style={{ flex: 1, minWidth: 0 }} maw={860}>
          <Outlet />
        </Box>
      </Flex>
    </Stack>
  );
}
