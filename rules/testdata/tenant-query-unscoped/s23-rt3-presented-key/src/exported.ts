import { db } from './db';

declare const launchHeaders: Headers;

// Quiet: a default export's arrow is no declaration; it is made below the
// module's test, and only then can anything call it.
const moduleKey = launchHeaders.get('X-API-Key');
if (!moduleKey) throw new Error('API key is required');
export default async (slug: string) => {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== moduleKey) throw new Error('invalid key');
  return event;
};

// Quiet: an exported function that tests the key itself.
export async function selfTested(request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}
