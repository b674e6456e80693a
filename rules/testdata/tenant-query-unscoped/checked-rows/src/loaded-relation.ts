declare const prisma: any;

// The team's own row, loaded with its dataroom of that id, and rejected
// when there is none: past the check the dataroom is the team's.
export async function move(teamId: string, dataroomId: string, ids: string[]) {
  const team = await prisma.team.findUnique({
    where: { id: teamId },
    include: { datarooms: { where: { id: dataroomId } } },
  });
  if (!team || team.datarooms.length === 0) {
    return null;
  }
  await prisma.dataroomDocument.updateMany({ where: { id: { in: ids }, dataroomId }, data: {} });
  return prisma.$transaction(async (tx: any) => {
    return tx.dataroomDocument.findMany({ where: { dataroomId: dataroomId } });
  });
}

// Without the emptiness check, the team simply has no such dataroom.
export async function moveUnchecked(teamId: string, dataroomId: string, ids: string[]) {
  const team = await prisma.team.findUnique({ where: { id: teamId }, include: { datarooms: { where: { id: dataroomId } } } });
  if (!team) return null;
  return prisma.dataroomDocument.updateMany({ where: { id: { in: ids }, dataroomId }, data: {} }); // want "updateMany on tenant-scoped \"DataroomDocument\" does not filter"
}

// A check that does not leave, or one joined by &&, proves nothing.
export async function moveLogged(teamId: string, dataroomId: string, other: boolean) {
  const team = await prisma.team.findUnique({ where: { id: teamId }, include: { datarooms: { where: { id: dataroomId } } } });
  if (team.datarooms.length === 0) {
    console.log("no dataroom");
  }
  if (other && team.datarooms.length === 0) return null;
  return prisma.dataroomDocument.findMany({ where: { dataroomId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
}

// The check comes after the use.
export async function moveLate(teamId: string, dataroomId: string) {
  const team = await prisma.team.findUnique({ where: { id: teamId }, include: { datarooms: { where: { id: dataroomId } } } });
  const docs = await prisma.dataroomDocument.findMany({ where: { dataroomId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
  if (team.datarooms.length === 0) return null;
  return docs;
}

// Another id than the one loaded.
export async function moveOther(teamId: string, dataroomId: string, otherId: string) {
  const team = await prisma.team.findUnique({ where: { id: teamId }, include: { datarooms: { where: { id: dataroomId } } } });
  if (!team || !team.datarooms.length) throw new Error("forbidden");
  await prisma.dataroomDocument.findMany({ where: { dataroomId } });
  return prisma.dataroomDocument.findMany({ where: { dataroomId: otherId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
}
