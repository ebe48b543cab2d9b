// What the window forgets when the office changes state: every mutation with what was typed into it, and
// once locked every cached answer no screen shows, keeping only the office's status and the unlock
// screen's own queries.
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { forgetPersonalData } from '../../renderer/src/api/security';

const MEMBERS = { rows: [{ firstName: 'Ottoline', lastName: 'Quaintance' }], total: 1 };
const STAFF = [{ name: 'Barnaby Quill' }];

async function clientWithPersonalData() {
  const client = new QueryClient();
  client.setQueryData(['office', 'status'], { state: 'unlocked', officeName: 'Quill Peer Support', isDemo: false });
  client.setQueryData(['members', 'search', ''], structuredClone(MEMBERS));
  client.setQueryData(['staff', 'list'], structuredClone(STAFF));
  // A query a screen still shows (the unlock screen's own): kept.
  client.setQueryData(['security', 'remember'], { available: true, remembered: false });
  const observer = new QueryObserver(client, { queryKey: ['security', 'remember'], queryFn: () => ({ available: true, remembered: false }) });
  const unsubscribe = observer.subscribe(() => {});
  const typed = client.getMutationCache().build(client, { mutationFn: async (input: { firstName: string }) => input });
  await typed.execute({ firstName: 'Ottoline' });
  return { client, unsubscribe };
}

describe('forgetPersonalData', () => {
  it('once locked, keeps only the status and what the unlock screen shows, and every mutation goes', async () => {
    const { client, unsubscribe } = await clientWithPersonalData();
    forgetPersonalData(client, 'locked');
    expect(client.getQueryCache().getAll().map((q) => q.queryKey).sort()).toEqual([['office', 'status'], ['security', 'remember']]);
    expect(client.getMutationCache().getAll()).toEqual([]);
    expect(JSON.stringify(client.getQueryCache().getAll().map((q) => q.state.data))).not.toContain('Quaintance');
    unsubscribe();
  });

  it('once unlocked, lets the mutation that unlocked (its passphrase) go, and keeps the answers', async () => {
    const { client, unsubscribe } = await clientWithPersonalData();
    forgetPersonalData(client, 'unlocked');
    expect(client.getMutationCache().getAll()).toEqual([]);
    // Every answer kept as it was: the screens behind the unlock show them again without a wait.
    expect(client.getQueryData(['members', 'search', ''])).toEqual(MEMBERS);
    expect(client.getQueryData(['staff', 'list'])).toEqual(STAFF);
    unsubscribe();
  });
});
