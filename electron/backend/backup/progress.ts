// Where the long job (backup, preview, restore) has got to. The screen polls backup:progress, which the
// backend answers at once, outside the queue the job itself is running in; the CLI passes a listener.
import type { BackupJob, BackupProgress, BackupStep } from '../../../shared/contract/backup';

export type ProgressListener = (progress: BackupProgress) => void;

export class ProgressTracker {
  private state: BackupProgress | null = null;
  private steps: BackupStep[] = [];

  constructor(private readonly listener?: ProgressListener) {}

  current(): BackupProgress | null {
    return this.state ? { ...this.state } : null;
  }

  /** Runs a job with its list of steps; the progress clears when it ends, however it ends. */
  async run<T>(job: BackupJob, steps: BackupStep[], work: () => Promise<T>): Promise<T> {
    this.steps = steps;
    this.state = { job, step: steps[0]!, stepNumber: 1, stepCount: steps.length, doneBytes: 0, totalBytes: 0 };
    this.emit();
    try {
      return await work();
    } finally {
      this.state = null;
    }
  }

  step(step: BackupStep, totalBytes = 0): void {
    if (!this.state) return;
    const index = this.steps.indexOf(step);
    this.state = { ...this.state, step, stepNumber: index >= 0 ? index + 1 : this.state.stepNumber, doneBytes: 0, totalBytes };
    this.emit();
  }

  bytes(doneBytes: number): void {
    if (!this.state) return;
    this.state = { ...this.state, doneBytes };
    this.emit();
  }

  private emit(): void {
    if (this.state) this.listener?.({ ...this.state });
  }
}
