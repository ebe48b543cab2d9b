// Settings: one page for each part of the office's set-up, with an index beside them (SettingsLayout).
// Everything under /settings comes here; an address that names no page goes to the first one.
import { Navigate, Route, Routes } from 'react-router';
import { SettingsLayout } from './SettingsLayout';
import { SETTINGS_PAGES, subPath } from './settingsPages';

export function SettingsPage() {
  return (
    <Routes>
      <Route element={<SettingsLayout />}>
        {SETTINGS_PAGES.map(({ key, page }) => {
          const path = subPath(key);
          return path ? <Route key={key} path={path} element={page} /> : <Route key={key} index element={page} />;
        })}
        <Route path="*" element={<Navigate to="/settings" replace />} />
      </Route>
    </Routes>
  );
}
