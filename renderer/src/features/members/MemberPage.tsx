// One person's record: add a new one, or view and edit, mark as left, or delete one made by mistake.
import { Done } from '../../components/Done';
import { Notice } from '../../components/Notice';
import { Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Member } from '../../../../shared/contract/members';
import { londonToday, formatUkDate } from '../../../../shared/domain/dates';
import { displayName, formatMemberNumber } from '../../../../shared/domain/members';
import { problemOf } from '../../api/client';
import { useCreateMember, useMember, useUpdateMember } from '../../api/members';
import { useOfficeSettings } from '../../api/office';
import { MemberActions } from './MemberActions';
import { StaffSection } from '../staff/StaffSection';
import { BenefitsAdvicePanel } from '../referrals/BenefitsAdvicePanel';
import { MemberForm, type FormProblem } from './MemberForm';
import { emptyMember, memberToForm, type MemberFormValues } from './memberForm';

export function MemberPage() {
  const params = useParams();
  const id = params['id'] ? Number(params['id']) : null;
  const member = useMember(id);
  const settings = useOfficeSettings();
  const today = londonToday(new Date());
  // The version this page has just saved. The editor is rebuilt from each new version of the record (so
  // it shows the values as stored, like "BN11 1AA"), so "Saved" must be remembered out here.
  const [savedVersion, setSavedVersion] = useState<string | null>(null);

  if (id !== null && member.isError) {
    return <Alert color="red" title="Not found">{member.error.message} <Anchor component={Link} to="/members">Back to members</Anchor></Alert>;
  }
  if ((id !== null && !member.data) || !settings.data) return <Loader aria-label="Loading" />;
  return (
    <MemberEditor
      key={member.data ? `${member.data.id}:${member.data.updatedAt}` : 'new'}
      member={member.data ?? null}
      localities={settings.data.localities}
      involvements={settings.data.involvements}
      today={today}
      justSaved={!!member.data && member.data.updatedAt === savedVersion}
      onSaved={setSavedVersion}
    />
  );
}

interface EditorProps {
  member: Member | null;
  localities: string[];
  involvements: string[];
  today: string;
  justSaved: boolean;
  onSaved: (version: string) => void;
}

function MemberEditor({ member, localities, involvements, today, justSaved, onSaved }: EditorProps) {
  const navigate = useNavigate();
  const justCreated = (useLocation().state as { created?: boolean } | null)?.created === true;
  const create = useCreateMember();
  const update = useUpdateMember();
  const [serverProblem, setServerProblem] = useState<FormProblem | null>(null);

  const onError = (err: unknown) => setServerProblem(problemOf(err));
  const save = (values: MemberFormValues) => {
    setServerProblem(null);
    if (member) {
      update.mutate({ id: member.id, member: values }, { onSuccess: (updated) => onSaved(updated.updatedAt), onError });
    } else {
      create.mutate(values, { onSuccess: (created) => navigate(`/members/${created.id}`, { state: { created: true } }), onError });
    }
  };

  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} to="/members" size="sm">← Back to members</Anchor>
      <Group gap="sm" align="center">
        <Title order={1}>{member ? displayName(member) : 'Add a member'}</Title>
        {member && <Badge size="lg" variant="outline" color="dark">{formatMemberNumber(member.memberNumber)}</Badge>}
      </Group>
      {member && (
        <Text size="sm" c="gray.7">
          Joined {formatUkDate(member.joinedOn)} · last changed {new Date(member.updatedAt).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/London' })}
        </Text>
      )}
      {member && member.possibleDuplicates.length > 0 && (
        <Notice title="Perhaps on the register twice">
          <Stack gap={4}>
            {member.possibleDuplicates.map((d) => (
              <Text key={d.id} size="sm">
                Same {d.reason} as <Anchor component={Link} to={`/members/${d.id}`}>{formatMemberNumber(d.memberNumber)} {d.name}</Anchor>.
              </Text>
            ))}
            <Text size="sm">
              {member.canDelete
                ? 'If this record was added by mistake, delete it with the button below. If they are different people, nothing needs doing.'
                : 'If they are different people, nothing needs doing.'}
            </Text>
          </Stack>
        </Notice>
      )}
      <MemberForm
        initial={member ? memberToForm(member) : emptyMember(today)}
        localities={localities}
        involvements={involvements}
        today={today}
        saving={create.isPending || update.isPending}
        submitLabel={member ? 'Save changes' : 'Add this member'}
        serverProblem={serverProblem}
        onSave={save}
        actions={(unsaved) => member && <MemberActions member={member} today={today} unsaved={unsaved} />}
        savedNotice={(justSaved || justCreated) && !serverProblem && (
          <Done title="Saved">{member ? `${displayName(member)}'s record is saved.` : 'Saved.'}</Done>
        )}
      />
      {/* Above the staff record, which loads on its own: a link's scroll to this panel is not pushed away by it. */}
      {member && <BenefitsAdvicePanel personId={member.id} name={displayName(member)} today={today} />}
      {member && <StaffSection member={member} today={today} />}
    </Stack>
  );
}
