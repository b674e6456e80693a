declare const prisma: any;

// A row compared with the tenant on every path after its fetch is checked;
// a comparison that runs only on some paths returns another tenant's row
// on the others.
export async function plain(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc) throw new Error("not found");
  if (doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function bareBlock(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  {
    if (!doc || doc.teamId !== teamId) throw new Error("not found");
  }
  return doc;
}

export async function inElse(id: string, teamId: string, admin: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (admin) {
    console.log("admin");
  } else if (!doc || doc.teamId !== teamId) {
    throw new Error("not found");
  }
  return doc;
}

export async function inLoop(id: string, teamId: string, tries: number[]) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  for (const _ of tries) {
    if (!doc || doc.teamId !== teamId) throw new Error("not found");
  }
  return doc;
}

export async function inSwitch(id: string, teamId: string, mode: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  switch (mode) {
    case "strict":
      if (!doc || doc.teamId !== teamId) throw new Error("not found");
  }
  return doc;
}
