/**
 * Remembers a one-argument function's answers. Location values repeat
 * across a registry ("US" on hundreds of rows), and reading one means
 * regular expressions and Intl look-ups; a registry can hold any number of
 * distinct values, so the memory is bounded (it starts afresh when full).
 */
export function memo<V>(fn: (key: string) => V, limit = 4000): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    if (seen.size >= limit) seen.clear();
    const value = fn(key);
    seen.set(key, value);
    return value;
  };
}
