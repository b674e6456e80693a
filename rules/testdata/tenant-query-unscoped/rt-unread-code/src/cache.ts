// Functions that take a function and give back what it returns, some
// through a cache. Only those whose every return is the callback's
// result, or what the cache holds of it at the key, hand a caller its
// callback's row.

declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode?: string, seconds?: number): Promise<void>;
  del(key: string): Promise<void>;
};

// plunk's wrapRedis: the cached copy of the callback's result, or the
// result, stored at the key it is read from.
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

// No cache: the callback's result, awaited.
export const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
  const started = Date.now();
  const result = await fn();
  console.log(Date.now() - started);
  return result;
};

// Falls off its end when the callback throws nothing and gives nothing.
export async function settled<T>(fn: () => Promise<T>): Promise<T | undefined> {
  const result = await fn();
  if (result) {
    return result;
  }
  console.log("none");
}

// A default on one path.
export async function withFallback<T>(fn: () => Promise<T>, fallback: T): Promise<T> {
  const recent = await fn();
  if (!recent) {
    return fallback;
  }
  return recent;
}

let last: any;

// Calls the callback, returns something else.
export async function remembered<T>(fn: () => Promise<T>): Promise<T> {
  const recent = await fn();
  const previous = last;
  last = recent;
  return previous;
}

// Reads one key, fills another: what it reads was filled by someone else.
export async function wrapCacheVersioned<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const cached = await redis.get(key);
  if (cached) {
    return JSON.parse(cached);
  }
  const recent = await fn();
  await redis.set(`${key}:v2`, JSON.stringify(recent));
  return recent;
}

// Fills the key with something other than the callback's result.
export async function wrapCacheStamped<T>(key: string, fn: () => Promise<T>, stamp: T): Promise<T> {
  const cached = await redis.get(key);
  if (cached) {
    return JSON.parse(cached);
  }
  const recent = await fn();
  await redis.set(key, JSON.stringify(stamp));
  return recent;
}

// Changes the callback's row before returning it.
export async function relabelled<T extends { id: string }>(fn: () => Promise<T>, id: string): Promise<T> {
  const recent = await fn();
  recent.id = id;
  return recent;
}
