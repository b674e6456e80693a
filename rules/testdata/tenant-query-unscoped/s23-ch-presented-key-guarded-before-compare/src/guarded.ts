import { db } from './db';

declare function invariant(v: unknown, msg?: string): asserts v;

// Event.apiKey is nullable. A presented key the function has left on when
// it is missing cannot be null at the compare, so `null !== "k"` leaves and
// a keyless event never passes (conference-hall's requireAuthorizedApiEvent).
export async function constGuarded(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new Error('not found');
  if (event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// The app's own shape: a let given its value in branches, all before the guard.
export async function letGuarded(request: Request, url: URL, slug: string) {
  let apiKey: string | null = null;
  const headerApiKey = request.headers.get('X-API-Key');
  if (headerApiKey) {
    apiKey = headerApiKey;
  } else {
    const key = url.searchParams.get('key');
    if (key) apiKey = key;
  }
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new Error('not found');
  if (event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A strict compare with the held column: only null matters, and the guard leaves on it.
export async function nullGuarded(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (apiKey === null) return null;
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) return null;
  return event;
}

export async function typeofGuarded(body: { key?: unknown }, slug: string) {
  const apiKey = body.key;
  if (typeof apiKey !== 'string') throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// The guard after the lookup, before the compare.
export async function guardedAfterLookup(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new Error('not found');
  if (apiKey == null) throw new Error('API key is required');
  if (event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A loose compare needs neither null nor undefined: a falsy test excludes both.
export async function looseGuarded(apiKey: string | null | undefined, slug: string) {
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey != apiKey) throw new Error('invalid key');
  return event;
}

export async function invariantGuarded(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  invariant(apiKey, 'API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// The presence test in the same condition, before the compare.
export async function sameCondition(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const event = await db.event.findUnique({ where: { slug } });
  if (!apiKey || !event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// `!apiKey?.length` is true for null: the function leaves.
export async function lengthGuarded(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey?.length) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// The compare inside the branch where the key is set.
export async function insidePresentBranch(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (apiKey) {
    const event = await db.event.findUnique({ where: { slug } });
    if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
    return event;
  }
  return null;
}

// The guard and the compare in one try whose catch leaves: a missing key
// throws into the catch before the compare.
export async function guardedInTry(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  try {
    if (!apiKey) throw new Error('API key is required');
    const event = await db.event.findUnique({ where: { slug } });
    if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
    return event;
  } catch {
    return null;
  }
}

// Both missing values tested in one condition.
export async function bothTested(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (apiKey === null || apiKey === undefined) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey != apiKey) throw new Error('invalid key');
  return event;
}

// A closure made after the guard reads the const the guard tested.
export async function arrowAfterGuard(request: Request, slugs: string[]) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  return Promise.all(
    slugs.map(async (slug) => {
      const event = await db.event.findUnique({ where: { slug } });
      if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
      return event;
    }),
  );
}
