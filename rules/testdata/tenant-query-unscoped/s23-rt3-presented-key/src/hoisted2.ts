import { db } from './db';

// Quiet: an anonymous default export that tests the key itself.
export default async function (request: Request, slug: string) {
  const apiKey = request.headers.get('X-API-Key');
  if (!apiKey) throw new Error('API key is required');
  const event = await db.event.findUnique({ where: { slug } });
  if (!event || event.apiKey !== apiKey) throw new Error('invalid key');
  return event;
}
