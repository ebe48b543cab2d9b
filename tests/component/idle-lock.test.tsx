// The auto-lock timer with fake timers: it locks after the idle time and not a second before, any
// keyboard, mouse or touch starts the count again, a job still running finishes first, and nothing
// fires once the unlocked screens are gone.
import { act, fireEvent } from '@testing-library/react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONGEST_JOB_WAIT_MS, useIdleLock } from '../../renderer/src/features/security/useIdleLock';
import { renderScreen } from './render';

const MINUTE = 60_000;

function Harness({ minutes, lock }: { minutes: number; lock: () => void }) {
  useIdleLock(minutes, lock);
  return <p>Unlocked</p>;
}

/** The idle time changed in Settings while the window is open. */
function Adjustable({ lock }: { lock: () => void }) {
  const [minutes, setMinutes] = useState(10);
  useIdleLock(minutes, lock);
  return <button type="button" onClick={() => setMinutes(2)}>Two minutes</button>;
}

/** A long job (a backup, say) that runs until the test lets it finish. */
let finishJob: () => void = () => {};
function WithJob({ minutes, lock }: { minutes: number; lock: () => void }) {
  useIdleLock(minutes, lock);
  const job = useMutation({ mutationFn: () => new Promise<void>((done) => (finishJob = done)) });
  const { mutate } = job;
  useEffect(() => mutate(), [mutate]);
  return <p>{job.isPending ? 'Backing up' : 'Backed up'}</p>;
}

describe('useIdleLock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  // TanStack Query tells the screen about a mutation on a zero-delay timer, which the fake clock holds.
  const settle = () => act(async () => void (await vi.advanceTimersByTimeAsync(1)));

  it('locks once the idle time has passed with no activity, and not before', () => {
    const lock = vi.fn();
    renderScreen(<Harness minutes={10} lock={lock} />);
    advance(10 * MINUTE - 1000);
    expect(lock).not.toHaveBeenCalled();
    advance(1000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('starts the count again on each key, click, mouse move, wheel or touch', () => {
    const lock = vi.fn();
    renderScreen(<Harness minutes={1} lock={lock} />);
    const nudges: ((target: Window) => void)[] = [
      (w) => fireEvent.keyDown(w, { key: 'a' }),
      (w) => fireEvent.pointerMove(w),
      (w) => fireEvent.pointerDown(w),
      (w) => fireEvent.wheel(w),
      (w) => fireEvent.touchStart(w),
    ];
    for (const nudge of nudges) {
      advance(50_000);
      nudge(window);
    }
    // 250 seconds in, but never a whole minute without someone there.
    expect(lock).not.toHaveBeenCalled();
    advance(59_000);
    expect(lock).not.toHaveBeenCalled();
    advance(1000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('counts activity on an element that stops the event going further', () => {
    const lock = vi.fn();
    const { getByText } = renderScreen(<Harness minutes={1} lock={lock} />);
    const text = getByText('Unlocked');
    text.addEventListener('keydown', (e) => e.stopPropagation());
    advance(50_000);
    fireEvent.keyDown(text, { key: 'a' });
    advance(50_000);
    expect(lock).not.toHaveBeenCalled();
  });

  it('lets a job that is running finish, then locks', async () => {
    const lock = vi.fn();
    const { getByText } = renderScreen(<WithJob minutes={1} lock={lock} />);
    await settle();
    expect(getByText('Backing up')).toBeTruthy();
    advance(5 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
    await act(async () => finishJob());
    await settle();
    expect(getByText('Backed up')).toBeTruthy();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('does not wait for ever on a job that never ends', async () => {
    const lock = vi.fn();
    const { getByText } = renderScreen(<WithJob minutes={1} lock={lock} />);
    await settle();
    expect(getByText('Backing up')).toBeTruthy();
    advance(MINUTE + LONGEST_JOB_WAIT_MS - 1000);
    expect(lock).not.toHaveBeenCalled();
    advance(1000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('follows a changed idle time, and stops once unmounted (locked)', () => {
    const lock = vi.fn();
    const view = renderScreen(<Adjustable lock={lock} />);
    advance(3 * MINUTE);
    fireEvent.click(view.getByRole('button', { name: 'Two minutes' }));
    advance(2 * MINUTE - 1000);
    expect(lock).not.toHaveBeenCalled();
    advance(1000);
    expect(lock).toHaveBeenCalledTimes(1);
    view.unmount();
    advance(60 * MINUTE);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('tries again if locking did not happen (the screen is still there after another idle time)', () => {
    const lock = vi.fn();
    renderScreen(<Harness minutes={1} lock={lock} />);
    advance(MINUTE);
    advance(MINUTE);
    expect(lock).toHaveBeenCalledTimes(2);
  });
});
