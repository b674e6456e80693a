import { db } from './db';

// console.assert logs a falsy value and goes on: it is no exit.
export async function consoleAssert(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  console.assert(apiKey, 'API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A class field's initializer runs when the class is instantiated, after
// the test, though the class is written before it.
export async function classFieldWrites(request: Request, slug: string) {
  let apiKey = request.headers.get('X-API-Key');
  class Reset {
    done = (apiKey = null);
  }
  if (!apiKey) throw new Error('API key is required');
  new Reset();
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A destructuring assignment after the test gives the key another value.
export async function destructuredAfterTest(request: Request, slug: string, body: { apiKey: string | null }) {
  let apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  ({ apiKey } = body);
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function renamedDestructuredAfterTest(request: Request, slug: string, body: { key: string | null }) {
  let apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  ({ key: apiKey } = body);
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function defaultedDestructuredAfterTest(request: Request, slug: string, body: { key?: string | null }) {
  let apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  ({ key: apiKey = null } = body);
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

export async function loopDestructures(request: Request, slug: string, bodies: { apiKey: string | null }[]) {
  let apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  for ({ apiKey } of bodies) audit('candidate');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A strict eval writes the function's own variables.
export async function evalWrites(request: Request, slug: string) {
  let apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  eval('apiKey = null');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// In a script, arguments is the parameters: a copy of it writes them too.
export async function argumentsAlias(apiKey: string | null, slug: string) {
  const args = arguments;
  if (!apiKey) throw new Error('API key is required');
  args[0] = null;
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A presence test of the caller's key, then a compare with a key read from
// a header that may be an array.
export async function headerArrayLoose(headers: Record<string, string | string[] | undefined>, slug: string) {
  const apiKey = headers['x-api-key'];
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey != apiKey) throw new Error('invalid key');
  return event;
}

declare function audit(message: string): void;

// Quiet: a key tested by an assert that throws.
declare function assert(value: unknown, message?: string): asserts value;
export async function nodeAssert(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  assert(apiKey, 'API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// Quiet: a class in the function whose field writes another name.
export async function classFieldWritesOther(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  let seen = 0;
  class Counter {
    n = (seen = seen + 1);
  }
  if (!apiKey) throw new Error('API key is required');
  new Counter();
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// Quiet: arguments read in a function whose key is a local, not a parameter.
export async function argumentsWithLocalKey(request: Request, slug: string) {
  audit(String(arguments.length));
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// Quiet: an arrow's arguments are its outer function's, not its parameters.
export function arrowParameterKey(slug: string) {
  audit(String(arguments.length));
  return async (apiKey: string | null) => {
    if (!apiKey) throw new Error('API key is required');
    const event = await db.event.findUnique({ where: { slug } });
    if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
    return event;
  };
}

// Still reported: a parameter key in a function that hands its arguments on.
export async function argumentsHandedOn(apiKey: string | null, slug: string) {
  if (!apiKey) throw new Error('API key is required');
  rewrite(arguments);
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}
declare function rewrite(args: IArguments): void;

// The test and the compare read a holder's property, which a getter or
// another write may change between them.
export async function holderProperty(holder: { key: string | null }, slug: string) {
  if (!holder.key) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== holder.key) throw new Error('invalid key');
  return event;
}

// Object.assign on the holder the key was destructured from leaves the
// key as tested; an alias read after it is not the tested name.
export async function aliasAfterAssign(holder: { key: string | null }, slug: string) {
  const { key } = holder;
  if (!key) throw new Error('API key is required');
  Object.assign(holder, { key: null });
  const apiKey = holder.key;
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}

// A catch binding of the key's name is the error, not the tested key.
export async function catchBinding(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  try {
    await audit('lookup');
  } catch (apiKey) {
    const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
    if (!event || event.apiKey != (apiKey as any)) throw new Error('invalid key');
    return event;
  }
  return null;
}

// A test in a do-while's condition runs after the body's compare.
export async function doWhileTest(request: Request, slugs: string[]) {
  const apiKey = request.headers.get('X-API-Key');
  let i = 0;
  do {
    const event = await db.event.findUnique({ where: { slug: slugs[i++] } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
    if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  } while (apiKey);
}

// Quiet: a key destructured and tested, then compared.
export async function destructuredKey(body: { key: string | null }, slug: string) {
  const { key } = body;
  if (!key) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== key) throw new Error('invalid key');
  return event;
}
