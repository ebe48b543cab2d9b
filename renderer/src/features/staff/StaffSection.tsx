// The staff side of a person's record: shown on their page under the register details.
import { Notice } from '../../components/Notice';
import { Alert, Anchor, Button, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Member } from '../../../../shared/contract/members';
import { displayName } from '../../../../shared/domain/members';
import { useOfficeSettings } from '../../api/office';
import { useStaffRecord } from '../../api/staff';
import { BenefitPanel } from './BenefitPanel';
import { DbsPanel } from './DbsPanel';
import { PayRatesPanel } from './PayRatesPanel';
import { ProbationPanel } from '../supervision/ProbationPanel';
import { AbsencePanel } from '../absence/AbsencePanel';
import { SectionTarget } from '../supervision/useSectionFocus';
import { StaffForm } from './StaffForm';

export function StaffSection({ member, today }: { member: Member; today: string }) {
  const staff = useStaffRecord(member.id);
  const settings = useOfficeSettings();
  const [starting, setStarting] = useState(false);
  if (staff.isPending || !settings.data) return <Loader aria-label="Loading the staff record" />;
  if (staff.isError) return <Alert color="red" role="alert">{staff.error.message}</Alert>;
  const record = staff.data;

  return (
    <Stack gap="md" mt="xl">
      <Title order={2}>Staff record</Title>
      {!record && !starting && (
        <>
          <Text>{displayName(member)} is not on the staff. Peer supporters and other paid staff have a staff record for their contract, pay and DBS checks.</Text>
          <div><Button variant="default" onClick={() => setStarting(true)}>Make {displayName(member)} a member of staff</Button></div>
        </>
      )}
      {!record && starting && <StaffForm personId={member.id} record={null} jobRoles={settings.data.jobRoles} today={today} onDone={() => setStarting(false)} />}
      {record && (
        <>
          {record.warnings.length > 0 && (
            <Notice title="To look at">
              <List size="sm" spacing={4}>{record.warnings.map((w, i) => <List.Item key={i}>{w.message}</List.Item>)}</List>
            </Notice>
          )}
          <StaffForm key={record.updatedAt} personId={member.id} record={record} jobRoles={settings.data.jobRoles} today={today} />
          <PayRatesPanel record={record} today={today} />
          <SectionTarget section="dbs" label="DBS checks"><DbsPanel record={record} /></SectionTarget>
          <BenefitPanel record={record} today={today} />
          {/* Last of the panels: it loads on its own, and would push a panel below it from under a link's scroll. */}
          <ProbationPanel staffId={record.id} recordVersion={record.updatedAt} today={today} />
          {/* Loads on its own too; a link to it waits for the page to settle before scrolling. */}
          <AbsencePanel staffId={record.id} today={today} />
          <Text size="sm"><Anchor component={Link} to={`/payroll/statement?staffId=${record.id}`} underline="always">Weekly hours statement</Anchor> (hours and gross pay week by week, for a benefits adviser)</Text>
        </>
      )}
    </Stack>
  );
}
