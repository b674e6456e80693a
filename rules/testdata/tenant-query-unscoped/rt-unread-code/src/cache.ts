// plunk's wrapRedis, the pass-through the cache-key attacks go through:
// the cached copy of the callback's result, or the result, stored at the
// key it is read from.

declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode?: string, seconds?: number): Promise<void>;
  del(key: string): Promise<void>;
};

export async function wrapCache<T>(key: string, fn: () => Promise<T>, seconds = 60): Promise<T> {
  const cached = await redis.get(key);
  if (cached) {
    return JSON.parse(cached);
  }
  const recent = await fn();
  if (recent) {
    await redis.set(key, JSON.stringify(recent), "EX", seconds);
  }
  return recent;
}

