import { expect } from '@open-wc/testing';
import { SliceScheduler, type Clock, type SliceJob } from '../../src/rows/slice-scheduler.js';

/** A clock that runs frames only when told, and whose time moves only when work says so. */
function fakeClock() {
  let time = 0;
  let frames: (() => void)[] = [];
  const clock: Clock = { now: () => time, later: (fn) => frames.push(fn) };
  return {
    clock,
    advance: (ms: number) => (time += ms),
    pendingFrames: () => frames.length,
    frame() {
      const run = frames;
      frames = [];
      run.forEach((fn) => fn());
    },
  };
}

/** A job of `units` units of work, each taking `ms` of the fake clock. */
function job(f: ReturnType<typeof fakeClock>, s: SliceScheduler, units: number, ms = 1) {
  const j = {
    done: 0,
    slices: 0,
    slice(deadline: number) {
      j.slices++;
      while (j.done < units && f.clock.now() < deadline) {
        f.advance(ms);
        j.done++;
      }
      if (j.done >= units) s.delete(j);
    },
  };
  return j;
}

describe('slice scheduler', () => {
  it('shares one budget a frame between jobs, and asks for one frame at a time', () => {
    const f = fakeClock();
    const s = new SliceScheduler(8, f.clock);
    const a = job(f, s, 20);
    const b = job(f, s, 20);
    s.add(a);
    s.add(b);
    expect(f.pendingFrames()).to.equal(1);
    f.frame();
    // The first job used the whole budget: the second waits for the next frame.
    expect([a.done, b.done]).to.deep.equal([8, 0]);
    expect(f.pendingFrames()).to.equal(1);
    for (let i = 0; i < 10 && s.size; i++) f.frame();
    expect([a.done, b.done]).to.deep.equal([20, 20]);
    expect(f.pendingFrames()).to.equal(0);
  });

  it('does not double its frame requests when a job adds itself again during a frame', () => {
    const f = fakeClock();
    const s = new SliceScheduler(8, f.clock);
    const j: SliceJob = {
      slice: () => {
        f.advance(1);
        s.add(j);
      },
    };
    s.add(j);
    for (let i = 0; i < 5; i++) {
      f.frame();
      expect(f.pendingFrames()).to.equal(1);
    }
    s.delete(j);
  });

  it('drops a job that throws, reports it, and goes on with the others', () => {
    const f = fakeClock();
    const errors: unknown[] = [];
    const s = new SliceScheduler(8, f.clock, (e) => errors.push(e));
    const bad: SliceJob = {
      slice: () => {
        throw new Error('broken row');
      },
    };
    const good = job(f, s, 3);
    s.add(bad);
    s.add(good);
    f.frame();
    expect(errors.map(String)).to.deep.equal(['Error: broken row']);
    expect(s.has(bad)).to.equal(false);
    expect(good.done).to.equal(3);
  });
});
