declare const prisma: any;

// A lookup with the tenant, tested where it is awaited, proves the id it
// found: directly, or through a const naming the model's client.
export async function testedLookup(teamId: string, dataroomId: string) {
  if (!(await prisma.dataroom.findFirst({ where: { id: dataroomId, teamId } }))) {
    throw new Error("not found");
  }
  await prisma.dataroomDocument.create({ data: { dataroomId } });
}

export async function testedThroughClient(teamId: string, dataroomId: string) {
  const rooms = prisma.dataroom; // want "cannot follow the \"Dataroom\" client handed out here"
  if (!(await rooms.findFirst({ where: { teamId, id: dataroomId } }))) {
    throw new Error("not found");
  }
  await prisma.dataroomDocument.create({ data: { dataroomId } });
}

// Not awaited, the test reads a promise, which is never missing.
export async function testedPromise(teamId: string, dataroomId: string) {
  if (!prisma.dataroom.findFirst({ where: { id: dataroomId, teamId } })) {
    throw new Error("not found");
  }
  await prisma.dataroomDocument.create({ data: { dataroomId } }); // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
}

// Another id found, or another model's client, proves nothing of this id.
export async function testedOtherID(teamId: string, dataroomId: string, otherId: string) {
  const rooms = prisma.dataroom; // want "cannot follow the \"Dataroom\" client handed out here"
  if (!(await rooms.findFirst({ where: { teamId, id: otherId } }))) {
    throw new Error("not found");
  }
  await prisma.dataroomDocument.create({ data: { dataroomId } }); // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
}

export async function testedOtherClient(teamId: string, dataroomId: string) {
  const docs = prisma.document; // want "cannot follow the \"Document\" client handed out here"
  if (!(await docs.findFirst({ where: { teamId, id: dataroomId } }))) {
    throw new Error("not found");
  }
  await prisma.dataroomDocument.create({ data: { dataroomId } }); // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
}

// A lookup without the tenant finds any tenant's row.
export async function testedUnscoped(teamId: string, dataroomId: string) {
  const rooms = prisma.dataroom; // want "cannot follow the \"Dataroom\" client handed out here"
  if (!(await rooms.findFirst({ where: { id: dataroomId } }))) {
    throw new Error("not found");
  }
  await prisma.dataroomDocument.create({ data: { dataroomId } }); // want "create on \"DataroomDocument\" links a \"Dataroom\" by \"dataroomId\" alone"
}
