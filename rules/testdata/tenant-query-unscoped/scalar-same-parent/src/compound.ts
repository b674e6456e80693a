import { db } from "./db";

// A folder found by a compound key holding its dataroom, linked under
// that same dataroom (papermark's document added to a folder by path):
// whether the dataroom is the caller's is judged at the write's own key.
export async function addByPath(dataroomId: string, path: string) {
  const folder = await db.dataroomFolder.findUnique({ where: { dataroomId_path: { dataroomId, path } } }); // want "findUnique on tenant-scoped \"DataroomFolder\""
  await db.dataroomDocument.create({
    data: {
      dataroomId, // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
      folderId: folder?.id,
    },
  });
}

// The same through a named compound key and a dotted parent.
export async function addByName(dataroom: { id: string }, name: string) {
  const folder = await db.dataroomFolder.findUniqueOrThrow({ where: { folderName: { dataroomId: dataroom.id, name } } }); // want "findUniqueOrThrow on tenant-scoped \"DataroomFolder\""
  await db.dataroomDocument.create({
    data: {
      dataroomId: dataroom.id, // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
      folderId: folder.id,
    },
  });
}

// Linked under another dataroom than the one the folder was found in.
export async function addElsewhere(dataroomId: string, otherId: string, path: string) {
  const folder = await db.dataroomFolder.findUnique({ where: { dataroomId_path: { dataroomId, path } } }); // want "findUnique on tenant-scoped \"DataroomFolder\""
  await db.dataroomDocument.create({
    data: {
      dataroomId: otherId, // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
      folderId: folder?.id, // want "create on \"DataroomDocument\" links a \"DataroomFolder\" by \"folderId\" alone"
    },
  });
}

// A compound key without the dataroom: the folder may be any dataroom's.
export async function addByPathAndName(dataroomId: string, path: string, name: string) {
  const folder = await db.dataroomFolder.findUnique({ where: { path_name: { path, name } } }); // want "findUnique on tenant-scoped \"DataroomFolder\""
  await db.dataroomDocument.create({
    data: {
      dataroomId, // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
      folderId: folder?.id, // want "create on \"DataroomDocument\" links a \"DataroomFolder\" by \"folderId\" alone"
    },
  });
}

// The dataroom given another value between the lookup and the write.
export async function addMoved(dataroomId: string, otherId: string, path: string) {
  const folder = await db.dataroomFolder.findUnique({ where: { dataroomId_path: { dataroomId, path } } }); // want "findUnique on tenant-scoped \"DataroomFolder\""
  dataroomId = otherId;
  await db.dataroomDocument.create({
    data: {
      dataroomId, // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
      folderId: folder?.id, // want "create on \"DataroomDocument\" links a \"DataroomFolder\" by \"folderId\" alone"
    },
  });
}

// A spread after the compound key may replace it.
export async function addSpread(dataroomId: string, path: string, extra: object) {
  const folder = await db.dataroomFolder.findFirst({ where: { dataroomId_path: { dataroomId, path }, ...extra } }); // want "findFirst on tenant-scoped \"DataroomFolder\""
  await db.dataroomDocument.create({
    data: {
      dataroomId, // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
      folderId: folder?.id, // want "cannot see whether \"folder\", whose id create on \"DataroomDocument\" links by \"folderId\""
    },
  });
}

// Another binding of the dataroom's name at the write.
export async function addShadowed(dataroomId: string, path: string, ids: string[]) {
  const folder = await db.dataroomFolder.findUnique({ where: { dataroomId_path: { dataroomId, path } } }); // want "findUnique on tenant-scoped \"DataroomFolder\""
  for (const dataroomId of ids) {
    await db.dataroomDocument.create({
      data: {
        dataroomId, // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
        folderId: folder?.id, // want "create on \"DataroomDocument\" links a \"DataroomFolder\" by \"folderId\" alone"
      },
    });
  }
}

// A child folder made under the parent folder's dataroom (papermark's
// folder create), and one made under another dataroom.
export async function addChild(dataroomId: string, otherId: string, path: string, name: string) {
  const parentFolder = await db.dataroomFolder.findUnique({ where: { dataroomId_path: { dataroomId: dataroomId, path } } }); // want "findUnique on tenant-scoped \"DataroomFolder\""
  await db.dataroomFolder.create({
    data: {
      name,
      path: path + "/" + name,
      parentId: parentFolder?.id ?? null,
      dataroomId: dataroomId, // want "create on \"DataroomFolder\" links a \"Dataroom\" by \"dataroomId\" alone"
    },
  });
  await db.dataroomFolder.create({
    data: {
      name,
      path: path + "/" + name,
      parentId: parentFolder?.id ?? null, // want "create on \"DataroomFolder\" links a \"DataroomFolder\" by \"parentId\" alone"
      dataroomId: otherId, // want "create on \"DataroomFolder\" links a \"Dataroom\" by \"dataroomId\" alone"
    },
  });
}
