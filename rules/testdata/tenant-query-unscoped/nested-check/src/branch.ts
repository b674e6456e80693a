declare const prisma: any;

// A lookup that throws when the id is not the team's checks it only for
// the code it always runs before: not from inside a branch, or a try
// whose catch goes on.
export async function statsChecked(teamId: string, documentId: string) {
  await prisma.dataroomDocument.findFirstOrThrow({ where: { document: { id: documentId, teamId } } });
  return prisma.view.count({ where: { documentId } });
}

export async function statsCheckedInBranch(teamId: string, documentId: string, strict: boolean) {
  if (strict) {
    await prisma.dataroomDocument.findFirstOrThrow({ where: { document: { id: documentId, teamId } } });
  }
  return prisma.view.count({ where: { documentId } }); // want "count on tenant-scoped \"View\" does not filter"
}

export async function statsCheckedInTry(teamId: string, documentId: string) {
  try {
    await prisma.dataroomDocument.findFirstOrThrow({ where: { document: { id: documentId, teamId } } });
  } catch {
    console.log("not the team's");
  }
  return prisma.view.count({ where: { documentId } }); // want "count on tenant-scoped \"View\" does not filter"
}

// A row bound in a sibling block, left on when missing there.
export async function statsLeftInBranch(teamId: string, documentId: string, strict: boolean) {
  if (strict) {
    const found = await prisma.dataroomDocument.findFirst({ where: { document: { id: documentId, teamId } } });
    if (!found) return null;
    await prisma.view.count({ where: { documentId } });
  } else {
    const found = await prisma.dataroomDocument.findFirst({ where: { dataroomId: documentId } }); // want "findFirst on tenant-scoped \"DataroomDocument\" does not filter"
    if (!found) return null;
  }
  return prisma.view.count({ where: { documentId } }); // want "count on tenant-scoped \"View\" does not filter"
}
