/** Shared by the converter's tests: fixtures served by the test runner, and plain JSON for comparisons. */

/** A file under test/fixtures/import/, as text. */
export async function importFixture(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/import/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

export async function json<T = unknown>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The value as JSON would have it (the validator hands out objects without a prototype). */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Milliseconds `fn` takes, the best of `runs` (a shared machine is noisy; the best run shows the cost). */
export function timed(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
