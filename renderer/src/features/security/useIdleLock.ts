// Auto-lock: after the office's idle time with no keyboard, mouse or touch in the window, lock exactly as
// Ctrl+L does. A job still running (a backup, an export) finishes first, so its result is not lost.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/** What counts as someone at the PC. Capture phase, so a handler that stops propagation still counts. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * A job that never ends must not keep the office open for ever: lock anyway after this long. A backup or an
 * export takes seconds to a minute or two; the office left open on an unattended PC is the greater risk.
 */
export const LONGEST_JOB_WAIT_MS = 5 * 60_000;

export function useIdleLock(minutes: number, lock: () => void): void {
  const client = useQueryClient();
  // The latest lock function, without restarting the timer each render.
  const lockRef = useRef(lock);
  useEffect(() => {
    lockRef.current = lock;
  }, [lock]);

  useEffect(() => {
    const idleMs = minutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopWaitingForJobs: (() => void) | null = null;

    const lockNow = () => {
      stopWaitingForJobs?.();
      lockRef.current();
      // Locking unmounts this; should it fail, the count starts again rather than never locking.
      lastActivity = Date.now();
      timer = setTimeout(check, idleMs);
    };

    // Timers can fire late (a background window is throttled), so each check measures from the clock
    // rather than trusting that exactly idleMs has passed.
    const check = () => {
      const idleFor = Date.now() - lastActivity;
      if (idleFor < idleMs) {
        timer = setTimeout(check, idleMs - idleFor);
        return;
      }
      if (client.isMutating() === 0) return lockNow();
      // The backend would run the lock after the job anyway (one call at a time); waiting here as well
      // means the job's answer (a file to save, say) reaches the screen before it goes.
      const mutations = client.getMutationCache();
      const unsubscribe = mutations.subscribe(() => {
        if (client.isMutating() === 0) lockNow();
      });
      const giveUp = setTimeout(lockNow, LONGEST_JOB_WAIT_MS);
      stopWaitingForJobs = () => {
        unsubscribe();
        clearTimeout(giveUp);
        stopWaitingForJobs = null;
      };
    };

    const onActivity = () => {
      lastActivity = Date.now();
      // Someone came back while a job was still running: the office stays open, the count starts again.
      if (stopWaitingForJobs) {
        stopWaitingForJobs();
        timer = setTimeout(check, idleMs);
      }
    };

    timer = setTimeout(check, idleMs);
    for (const event of ACTIVITY) window.addEventListener(event, onActivity, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      stopWaitingForJobs?.();
      for (const event of ACTIVITY) window.removeEventListener(event, onActivity, { capture: true });
    };
  }, [minutes, client]);
}
