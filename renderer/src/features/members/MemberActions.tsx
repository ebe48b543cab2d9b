// Leaving is recorded, not erased: "Mark as left" keeps the history. Deleting is only for a record
// made by mistake, in its first day.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/contract/members';
import { displayName } from '../../../../shared/domain/members';
import { errorOf } from '../../api/client';
import { useArchiveMember, useDeleteMember } from '../../api/members';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';

export function MemberActions({ member, today, unsaved }: { member: Member; today: string; unsaved: boolean }) {
  const [dialog, setDialog] = useState<'leave' | 'delete' | null>(null);
  const [leftOn, setLeftOn] = useState(today);
  const archive = useArchiveMember();
  const remove = useDeleteMember();
  const navigate = useNavigate();
  const problem = archive.error ?? remove.error;
  const close = () => {
    setDialog(null);
    archive.reset();
    remove.reset();
  };

  return (
    <>
      {member.status !== 'left' && <Button variant="default" onClick={() => setDialog('leave')}>Mark as left</Button>}
      {member.canDelete && <Button variant="subtle" color="red" c="red.9" onClick={() => setDialog('delete')}>Delete (made by mistake)</Button>}
      <Modal opened={dialog === 'leave'} onClose={close} title={`Mark ${displayName(member)} as left`}>
        <Stack>
          <ErrorSummary message={problem ? errorOf(problem).message : null} fields={problem ? errorOf(problem).fields : {}} />
          {unsaved ? (
            <>
              {/* Marking as left reloads the record from the database: changes not yet saved would be lost. */}
              <Text size="sm">You have changes to this record that are not saved yet. Save them first, then mark {displayName(member)} as left.</Text>
              <Group justify="flex-end">
                <Button onClick={close} data-autofocus>Back to the record</Button>
              </Group>
            </>
          ) : (
            <>
              <Text size="sm">Their record and history are kept. Any roles they still hold end on this date.</Text>
              <UkDateInput id={fieldId('leftOn')} name="leftOn" label="Date they left" value={leftOn} onChange={setLeftOn} data-autofocus />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>Cancel</Button>
                <Button loading={archive.isPending} onClick={() => archive.mutate({ id: member.id, leftOn }, { onSuccess: close })}>Mark as left</Button>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
      <Modal opened={dialog === 'delete'} onClose={close} title="Delete this record?">
        <Stack>
          <ErrorSummary message={problem ? errorOf(problem).message : null} />
          <Text size="sm">
            Only delete a record that was made by mistake. If {displayName(member)} has left, use “Mark as left” instead so their history is kept.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>Keep the record</Button>
            <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate({ id: member.id }, { onSuccess: () => navigate('/members') })}>Delete the record</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
