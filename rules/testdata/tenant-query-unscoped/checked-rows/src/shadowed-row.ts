declare const prisma: any;

// A row compared with the tenant, then written by the key it was found
// by inside a block whose const takes the row's name again: the key is
// the checked row's.
export async function shadowedByWrite(req: any, res: any, user: any) {
  const idParsed = Number(req.query.id);
  const doc = await prisma.document.findUnique({ where: { id: idParsed } });
  if (!doc) return res.notFound();
  if (doc.teamId !== user.teamId) return res.forbidden();
  if (req.method === "PATCH") {
    const doc = await prisma.document.update({ where: { id: idParsed }, data: { sheet: true } });
    return res.json(doc);
  }
  if (req.method === "DELETE") {
    const doc = await prisma.document.delete({ where: { id: idParsed } });
    return res.json(doc);
  }
}

// The twins: a key read from the inner binding, and a comparison that
// comes only after the write.
export async function shadowedRowRead(req: any, res: any, user: any, other: any) {
  const doc = await prisma.document.findUnique({ where: { id: req.query.id } });
  if (!doc || doc.teamId !== user.teamId) return res.forbidden();
  {
    const doc = other;
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
  }
}

export async function shadowedBeforeCompare(req: any, res: any, user: any) {
  const idParsed = Number(req.query.id);
  const doc = await prisma.document.findUnique({ where: { id: idParsed } });
  if (req.method === "PATCH") {
    const doc = await prisma.document.update({ where: { id: idParsed }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
    return res.json(doc);
  }
  if (!doc || doc.teamId !== user.teamId) return res.forbidden();
}
