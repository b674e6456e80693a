import { db } from './db';

declare function audit(message: string): void;
declare const strict: boolean;

// Each of these lets a keyless event through with a missing key (null ===
// null, or null == undefined): the presence test does not hold at the compare.

export async function noGuard(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function guardDoesNotLeave(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) audit('no API key');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function guardOnAnotherName(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const headerKey = request.headers.get('Authorization');
  if (!headerKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function reassignedAfterGuard(request: Request, slug: string) {
  let apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  apiKey = request.headers.get('X-Alternate-Key');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function reassignedAfterLookup(request: Request, slug: string) {
  let apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  [apiKey] = [request.headers.get('X-Alternate-Key')];
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// undefined is tested, null passes.
export async function undefinedOnly(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (apiKey === undefined) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function typeofUndefinedOnly(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (typeof apiKey === 'undefined') throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// null is tested, but a loose compare matches a stored null with undefined too.
export async function nullOnlyLoose(apiKey: string | null | undefined, slug: string) {
  if (apiKey === null) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey != apiKey) throw new Error('invalid key');
  return event;
}

// null is tested, but the row is read without its key: undefined === undefined.
export async function nullOnlyUnselected(apiKey: string | null | undefined, slug: string) {
  if (apiKey === null) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || (event as any).apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// An optional chain: null?.length is undefined, not 0, so null passes.
export async function optionalLength(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (apiKey?.length === 0) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function guardInClosure(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const ensure = () => {
    if (!apiKey) throw new Error('API key is required');
  };
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  ensure();
  return event;
}

export async function guardAfterCompare(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  if (!apiKey) throw new Error('API key is required');
  return event;
}

export async function guardInBranchThatMayNotRun(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (strict) {
    if (!apiKey) throw new Error('API key is required');
  }
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function guardEitherName(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const fallback = request.headers.get('Authorization');
  if (!apiKey && !fallback) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function guardCaught(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  try {
    if (!apiKey) throw new Error('API key is required');
  } catch {
    audit('no API key');
  }
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A closure written before the guard clears the key after it.
export async function clearedByClosure(request: Request, slug: string) {
  let apiKey = request.headers.get('X-API-Key');
  const clear = () => {
    apiKey = null;
  };
  if (!apiKey) throw new Error('API key is required');
  clear();
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// The guard tests the outer key; the compare reads an inner one.
export async function shadowedKey(request: Request, url: URL, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event) throw new Error('not found');
  {
    const apiKey = url.searchParams.get('key');
    if (event.apiKey !== apiKey) throw new Error('invalid key');
  }
  return event;
}

// A var declared again after the guard is the same variable, given null.
export async function varDeclaredAgain(request: Request, slug: string) {
  var apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  var apiKey = request.headers.get('X-Alternate-Key');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A loop with no declaration of its own writes the key.
export async function loopWritesKey(request: Request, slug: string, keys: (string | null)[]) {
  let apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  for (apiKey of keys) audit('candidate');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A module's let, cleared by another function while this one awaits.
let sharedKey: string | null = null;
export function forgetSharedKey() {
  sharedKey = null;
}
export async function moduleLet(slug: string) {
  if (!sharedKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== sharedKey) throw new Error('invalid key');
  return event;
}

// The guard left on the key's absence, but the compare reads a fallback.
export async function comparedWithFallback(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== (strict ? apiKey : null)) throw new Error('invalid key');
  return event;
}

// A function declaration is hoisted: the module calls it before the guard
// below it runs, with the key still null.
const moduleKey = process.env.EVENT_KEY;
checkModuleKey('launch');
if (!moduleKey) throw new Error('API key is required');
async function checkModuleKey(slug: string) {
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== moduleKey) throw new Error('invalid key');
  return event;
}

// A callback's own parameter of the same name, not the one tested.
export async function callbackParameter(request: Request, slugs: string[], keys: (string | null)[]) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  return Promise.all(
    keys.map(async (apiKey, i) => {
      const event = await db.event.findUnique({ where: { slug: slugs[i] } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
      if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
      return event;
    }),
  );
}

// In a script, arguments[0] is the parameter itself.
export async function writtenThroughArguments(apiKey: string | null, slug: string) {
  if (!apiKey) throw new Error('API key is required');
  arguments[0] = null;
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A finally block runs after the guard's throw too.
export async function comparedInFinally(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  try {
    if (!apiKey) throw new Error('API key is required');
  } finally {
    if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  }
  return event;
}

// typeof null is "object": the test leaves on undefined only.
export async function typeofObject(body: { key?: string | null }, slug: string) {
  const apiKey = body.key;
  if (typeof apiKey !== 'object') throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A while loop that clears the key at the end of its turn.
export async function clearedInLoop(request: Request, slugs: string[]) {
  let apiKey = request.headers.get('X-API-Key');
  const found = [];
  while (apiKey) {
    const event = await db.event.findUnique({ where: { slug: slugs[found.length] } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
    if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
    found.push(event);
    apiKey = request.headers.get('X-Next-Key');
  }
  return found;
}

// The test is of the key's trimmed copy, not of the key.
export async function testedCopy(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const trimmed = apiKey?.trim();
  if (!trimmed) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A name that only starts like the key.
export async function longerName(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  const apiKeyHeader = request.headers.get('X-API-Key-2');
  if (!apiKeyHeader) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// Case "body" is entered without the guard of case "header" above it.
export async function switchFallThrough(request: Request, slug: string, from: string) {
  const apiKey = request.headers.get('X-API-Key');
  switch (from) {
    case 'header':
      if (!apiKey) throw new Error('API key is required');
    case 'body': {
      const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
      if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
      return event;
    }
  }
  return null;
}
