declare const prisma: any;

// A row is the row of its block: the same name bound in a sibling block
// (each branch looks up its own dataroom) is another row, and what one
// branch checked proves nothing in the other.
export async function comparedInOneBranch(teamId: string, dataroomId: string, otherId: string, useOther: boolean) {
  if (useOther) {
    const dataroom = await prisma.dataroom.findUnique({ where: { id: otherId } });
    if (!dataroom || dataroom.teamId !== teamId) return null;
    return prisma.dataroomDocument.findMany({ where: { dataroomId: dataroom.id } });
  } else {
    const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } }); // want "findUnique on tenant-scoped \"Dataroom\" does not filter"
    return prisma.dataroomDocument.findMany({ where: { dataroomId: dataroom.id } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
  }
}

// A lookup by the same id, compared in a branch the call is not in.
export async function comparedInABranchBefore(teamId: string, dataroomId: string, strict: boolean) {
  if (strict) {
    const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } });
    if (!dataroom || dataroom.teamId !== teamId) return null;
  }
  return prisma.dataroomDocument.findMany({ where: { dataroomId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
}

// The comparison after a lookup is of the row its block binds: a sibling
// block's row of the same name compared later says nothing of it.
export async function laterComparisonOfAnotherRow(teamId: string, dataroomId: string, archived: boolean) {
  if (archived) {
    const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } }); // want "findUnique on tenant-scoped \"Dataroom\" does not filter"
    return dataroom;
  }
  const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } });
  if (!dataroom || dataroom.teamId !== teamId) return null;
  return dataroom;
}

// A row created in one branch is the tenant's there, not in the other.
export async function createdInOneBranch(teamId: string, documentId: string, createdId: string, fresh: boolean) {
  if (fresh) {
    const doc = await prisma.document.create({ data: { teamId } });
    await prisma.link.findMany({ where: { documentId: doc.id } });
    const { id: createdId } = await prisma.document.create({ data: { teamId } });
    return prisma.link.findMany({ where: { documentId: createdId } });
  } else {
    const doc = await prisma.document.findUnique({ where: { id: documentId } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
    await prisma.link.findMany({ where: { documentId: doc.id } }); // want "findMany on tenant-scoped \"Link\" does not filter"
    return prisma.link.findMany({ where: { documentId: createdId } }); // want "findMany on tenant-scoped \"Link\" does not filter"
  }
}
