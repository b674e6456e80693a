import { db } from './db';
import { liveKey } from './config';

// The key's test and the compare in one && condition: a missing key makes
// the condition false, so the function goes on with a keyless event.
export async function andShortCircuit(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event) throw new Error('not found');
  if (apiKey && event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function ternaryTest(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event) throw new Error('not found');
  if (apiKey ? event.apiKey !== apiKey : false) throw new Error('invalid key');
  return event;
}

// An imported let is live: the module that exports it may clear it while
// this function awaits.
export async function importedKey(slug: string) {
  if (!liveKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== liveKey) throw new Error('invalid key');
  return event;
}

// The label is the if's own: break leaves the if, not the function.
export async function labeledIf(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  lbl: if (!apiKey) break lbl;
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// The match is handed back, not acted on.
export async function returnedMatch(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event) throw new Error('not found');
  const ok = event.apiKey === apiKey;
  return { ok, event };
}

// undefined tested, a loose compare: null == null.
export async function looseUndefinedOnly(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (apiKey === undefined) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey != apiKey) throw new Error('invalid key');
  return event;
}

// A parameter written by a closure handed out before the test.
export async function parameterClosure(apiKey: string | null, slug: string, later: (f: () => void) => void) {
  later(() => {
    apiKey = null;
  });
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// Quiet: the row is handed back only in the branch where the key is
// present and equal.
export async function positiveAnd(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const event = await db.event.findUnique({ where: { slug } });
  if (event && apiKey && event.apiKey === apiKey) return event;
  throw new Error('invalid key');
}
