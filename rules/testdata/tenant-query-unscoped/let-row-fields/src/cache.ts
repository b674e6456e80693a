const store = new Map<string, string>();

// plunk's wrapRedis: the value cached under key, else fn's, then cached.
export async function wrapCache<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const cached = store.get(key);
  if (cached) return JSON.parse(cached);
  const recent = await fn();
  if (recent) store.set(key, JSON.stringify(recent));
  return recent;
}
