// The frame around every screen once unlocked: the office's name, Lock, and navigation for each area.
import { AppShell, Badge, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { NavLink as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router';
import type { OfficeStatus } from '../../../shared/contract/office';
import { useLock } from '../api/office';
import { useSecuritySettings } from '../api/security';
import { useIdleLock } from '../features/security/useIdleLock';
import { AUTO_LOCK_MINUTES } from '../../../shared/contract/security';
import { MembersPage } from '../features/members/MembersPage';
import { MemberPage } from '../features/members/MemberPage';
import { ImportPage } from '../features/members/ImportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffPage } from '../features/staff/StaffPage';
import { RotaPage } from '../features/rota/RotaPage';
import { SupportPage } from '../features/support/SupportPage';
import { PayrollPage } from '../features/payroll/PayrollPage';
import { PeriodPage } from '../features/payroll/PeriodPage';
import { SignOffPage } from '../features/payroll/SignOffPage';
import { StatementPage } from '../features/payroll/StatementPage';
import { PrintPreview } from '../features/print/PrintPreview';
import { HomePage } from '../features/dashboard/HomePage';
import { SupervisionPage } from '../features/supervision/SupervisionPage';
import { AbsencePage } from '../features/absence/AbsencePage';
import { BenefitsAdvicePage } from '../features/referrals/BenefitsAdvicePage';

/** Areas that arrive in later releases, listed so the office can see where things will live. */
const LATER: string[] = [];

export function Shell({ status }: { status: OfficeStatus }) {
  const lock = useLock();
  const location = useLocation();
  // Until the office's own setting arrives (or if it cannot be read), the default: never "don't lock".
  const autoLock = useSecuritySettings();
  useIdleLock(autoLock.data?.autoLockMinutes ?? AUTO_LOCK_MINUTES.default, lock.mutate);

  useEffect(() => {
    // Ctrl+L locks. In the desktop app the File menu's accelerator does this; here it covers the browser host.
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        lock.mutate();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 250, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="lg" className="no-print">
        <Group h="100%" justify="space-between">
          <Group gap="sm">
            <Title order={2} size="h4" component="p">{status.officeName}</Title>
            {status.isDemo && <Badge color="grape" variant="light">Demo office: made-up people</Badge>}
          </Group>
          <Button variant="default" onClick={() => lock.mutate()} loading={lock.isPending} title="Lock (Ctrl+L)">
            Lock
          </Button>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" className="no-print" aria-label="Main">
        <Stack gap={4}>
          <NavLink component={RouterLink} to="/" label="Home" active={location.pathname === '/'} />
          <NavLink component={RouterLink} to="/members" label="Members" active={location.pathname.startsWith('/members')} />
          <NavLink component={RouterLink} to="/staff" label="Staff" active={location.pathname.startsWith('/staff')} />
          <NavLink component={RouterLink} to="/rota" label="Rota" active={location.pathname.startsWith('/rota')} />
          <NavLink component={RouterLink} to="/supervision" label="Supervision" active={location.pathname.startsWith('/supervision')} />
          <NavLink component={RouterLink} to="/support" label="Support sessions" active={location.pathname.startsWith('/support')} />
          <NavLink component={RouterLink} to="/absence" label="Absence" active={location.pathname.startsWith('/absence')} />
          <NavLink component={RouterLink} to="/benefits-advice" label="Benefits advice" active={location.pathname.startsWith('/benefits-advice')} />
          <NavLink component={RouterLink} to="/payroll" label="Payroll" active={location.pathname.startsWith('/payroll')} />
          <NavLink component={RouterLink} to="/settings" label="Settings" active={location.pathname.startsWith('/settings')} />
          {LATER.length > 0 && <Text size="xs" fw={700} c="gray.7" tt="uppercase" mt="lg" px="sm">Coming in later releases</Text>}
          {LATER.map((label) => (
            <Text key={label} size="sm" c="gray.7" px="sm" py={4}>{label}</Text>
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/members" element={<MembersPage />} />
          <Route path="/members/new" element={<MemberPage />} />
          <Route path="/members/import" element={<ImportPage />} />
          <Route path="/members/:id" element={<MemberPage />} />
          <Route path="/staff" element={<StaffPage />} />
          <Route path="/rota" element={<RotaPage />} />
          <Route path="/supervision" element={<SupervisionPage />} />
          <Route path="/support" element={<SupportPage />} />
          <Route path="/absence" element={<AbsencePage />} />
          <Route path="/benefits-advice" element={<BenefitsAdvicePage />} />
          <Route path="/payroll" element={<PayrollPage />} />
          <Route path="/payroll/statement" element={<StatementPage />} />
          <Route path="/payroll/:key" element={<PeriodPage />} />
          <Route path="/payroll/:key/sign-off" element={<SignOffPage />} />
          <Route path="/settings/*" element={<SettingsPage />} />
          <Route path="/preview/*" element={<PrintPreview />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
