declare const prisma: any;

// A function of the caller's given the checked row writes a computed name
// into it: k may be "id".
export async function touchedByHelper(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const touch = (d: any) => {
    d[k] = other.id;
  };
  touch(doc);
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

// The twins: the function fills the caller's own dictionary, or writes a
// literal name of another field into the row.
export async function filledByHelper(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const byKey: Record<string, string> = {};
  const fill = (into: Record<string, string>) => {
    into[k] = other.id;
  };
  const rename = (d: any) => {
    d["name"] = other.name;
  };
  fill(byKey);
  rename(doc);
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
}
