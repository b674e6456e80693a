import { db } from './db';

declare const launchHeaders: Headers;

// A default export's function is hoisted as a declaration is: the module
// calls it before the test below it runs, with the key still null.
const moduleKey = launchHeaders.get('X-API-Key');
checkLaunch('launch');
if (!moduleKey) throw new Error('API key is required');
export default async function (slug: string) {
  const event = await db.event.findUnique({ where: { slug } }); // want "findUnique on tenant-scoped \"Event\" does not filter by the tenant"
  if (!event || event.apiKey !== moduleKey) throw new Error('invalid key');
  return event;
}
declare function checkLaunch(slug: string): void;
