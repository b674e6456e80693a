import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;

// The callback's return leaves the callback only: the row, a let of the
// function around it, keeps the other workspace's row.
export async function returnFromCallback(ids: string[]) {
  let job;
  await Promise.all(
    ids.map(async (id) => {
      job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
      const access = await requireAccess();
      if (!job || access.workspaceId !== job.workspaceId) {
        return;
      }
    }),
  );
  return send(job);
}

// The same through the arms of an if.
export async function armsReturnFromCallback(ids: string[], token: string | null) {
  let job;
  for (const id of ids) {
    await (async () => {
      job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
      if (!job) return;
      if (token) {
        if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
          return;
        }
      } else {
        const access = await requireAccess();
        if (access.workspaceId !== job.workspaceId) {
          return;
        }
      }
    })();
  }
  return send(job);
}

// Twin that stays silent: the row a const of the callback.
export async function twinCallbackConst(ids: string[]) {
  return Promise.all(
    ids.map(async (id) => {
      const job = await db.export.findUnique({ where: { id } });
      const access = await requireAccess();
      if (!job || access.workspaceId !== job.workspaceId) {
        return null;
      }
      return send(job);
    }),
  );
}
