import { db } from "./db";

// A folder found by a compound key holding the write's dataroom, its
// failure turned into nothing, is that dataroom's folder or none.
export async function addCaught(teamId: string, dataroomId: string, path: string) {
  const dataroom = await db.dataroom.findFirst({ where: { id: dataroomId, teamId } });
  if (!dataroom) throw new Error("not found");
  const folder = await db.dataroomFolder.findUnique({ where: { dataroomId_path: { dataroomId, path } } }).catch(() => null);
  await db.dataroomDocument.create({ data: { dataroomId, folderId: folder?.id } });
}

// A catch that gives a folder of its own: on any failure of the lookup the
// key is the caller's.
export async function addCaughtToFallback(teamId: string, dataroomId: string, path: string, folderId: string) {
  const dataroom = await db.dataroom.findFirst({ where: { id: dataroomId, teamId } });
  if (!dataroom) throw new Error("not found");
  const folder = await db.dataroomFolder.findUnique({ where: { dataroomId_path: { dataroomId, path } } }).catch(() => ({ id: folderId }));
  await db.dataroomDocument.create({ data: { dataroomId, folderId: folder?.id } }); // want "create on \"DataroomDocument\" links a \"DataroomFolder\" by \"folderId\" alone"
}
