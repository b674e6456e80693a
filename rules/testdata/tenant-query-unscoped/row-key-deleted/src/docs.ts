declare const prisma: any;

// A row found in the tenant keeps its key until the call unless the key
// is taken from it: `delete doc.id` leaves it undefined, and a `var`
// declared again is given another value, wherever its block stands.
// Deleting another field keeps the key.
//
//	const doc = await prisma.doc.findFirst({ where: { id, organizationId } });
//	if (!doc) return;
//	delete doc.title;
//	prisma.doc.update({ where: { id: doc.id }, … });
export async function otherFieldDeleted(id: string, organizationId: string) {
  const doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) return;
  delete doc.title;
  await prisma.doc.update({ where: { id: doc.id }, data: { title: "x" } });
}

// RT2: the key deleted, so deleteMany's where is empty.
export async function keyDeleted(id: string, organizationId: string) {
  const doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (!doc) return;
  delete doc.id;
  await prisma.doc.deleteMany({ where: { id: doc.id } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

// RT2: a `var` declared again in a block holds a promise there.
export async function varDeclaredAgain(id: string, organizationId: string, fresh: boolean) {
  var doc = await prisma.doc.findFirst({ where: { id, organizationId } });
  if (fresh) {
    var doc = prisma.doc.findFirst({ where: { id, organizationId } });
  }
  await prisma.doc.deleteMany({ where: { id: doc.id } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter by the tenant"
}
