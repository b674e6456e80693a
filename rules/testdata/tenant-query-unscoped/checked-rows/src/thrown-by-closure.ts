declare const prisma: any;

// A function of the caller's own that throws the row, called before the
// comparison: the throw leaves through the caller with the row.
export async function thrownByClosure(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const fail = () => {
    throw { doc };
  };
  if (raw) fail();
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// The twins: the function throws something else, or returns the row to
// the caller, which does not hand it on.
export async function thrownOther(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } });
  const fail = () => {
    throw new Error("bad request");
  };
  const pick = () => {
    return doc;
  };
  if (raw) fail();
  if (raw) pick();
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}
