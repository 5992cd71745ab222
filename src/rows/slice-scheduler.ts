/**
 * Work in slices across animation frames, for every long table on the page.
 *
 * Jobs share one time budget a frame, so several long lists being built at
 * once do not add up to a long frame. A job that throws is dropped (the
 * others go on) and its error reported. A hidden tab gets no animation
 * frames, so there the next task runs the slice instead. The clock is
 * injectable: tests drive it frame by frame without a browser's timing.
 */

export interface SliceJob {
  /** Does work until `deadline` (a `clock.now()` time), or less if it is done. */
  slice(deadline: number): void;
}

export interface Clock {
  now(): number;
  /** Calls `fn` at the next frame (or the next task when frames do not come). */
  later(fn: () => void): void;
}

export const browserClock: Clock = {
  now: () => performance.now(),
  later: (fn) => {
    if (document.hidden) setTimeout(fn);
    else requestAnimationFrame(fn);
  },
};

export class SliceScheduler {
  readonly #jobs = new Set<SliceJob>();
  #scheduled = false;

  constructor(
    readonly budgetMs = 8,
    readonly clock: Clock = browserClock,
    readonly onError: (error: unknown, job: SliceJob) => void = (error) =>
      setTimeout(() => {
        throw error;
      }),
  ) {}

  /** Runs `job` in the coming frames until it is removed. */
  add(job: SliceJob): void {
    this.#jobs.add(job);
    this.#later();
  }

  delete(job: SliceJob): void {
    this.#jobs.delete(job);
  }

  has(job: SliceJob): boolean {
    return this.#jobs.has(job);
  }

  get size(): number {
    return this.#jobs.size;
  }

  #later(): void {
    if (this.#scheduled || !this.#jobs.size) return;
    this.#scheduled = true;
    this.clock.later(() => {
      this.#scheduled = false;
      this.#run();
    });
  }

  #run(): void {
    const deadline = this.clock.now() + this.budgetMs;
    try {
      // A job that finishes deletes itself; deleting while iterating a Set is safe.
      for (const job of this.#jobs) {
        if (this.clock.now() > deadline) break;
        try {
          job.slice(deadline);
        } catch (error) {
          this.#jobs.delete(job);
          this.onError(error, job);
        }
      }
    } finally {
      this.#later();
    }
  }
}

/** The page's scheduler: one budget for every element. */
export const pageScheduler = new SliceScheduler();
