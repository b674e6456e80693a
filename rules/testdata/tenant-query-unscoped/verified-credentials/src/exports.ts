import { db } from "./db";

declare function sha256Hex(value: string): Promise<string>;

// marble's export downloads: a missing hash leaves before the comparison,
// so a presented value that may be null matches nothing stored.
export async function download(id: string, token: string) {
  const job = await db.export.findUnique({ where: { id } });
  if (!job) return null;
  if (!job.downloadTokenHash || (await sha256Hex(token)) !== job.downloadTokenHash) return null;
  return job.storageKey;
}

export async function downloadOneTest(id: string, token: string) {
  const job = await db.export.findUnique({ where: { id } });
  if (!job || !job.downloadTokenHash || job.downloadTokenHash !== (await sha256Hex(token))) return null;
  return job.storageKey;
}

// Near misses: the hash is tested after the comparison, or another value
// is tested; a null presented then matches a missing hash.
export async function testedAfter(id: string, token: string) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return null;
  if ((await sha256Hex(token)) !== job.downloadTokenHash || !job.downloadTokenHash) return null;
  return job.storageKey;
}

export async function otherTested(id: string, token: string) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return null;
  if (!job.storageKey || (await sha256Hex(token)) !== job.downloadTokenHash) return null;
  return job.storageKey;
}
