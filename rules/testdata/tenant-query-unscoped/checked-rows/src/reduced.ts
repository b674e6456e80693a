declare const prisma: any;

// A reduce without a start value returns one of the list's own elements:
// the tenant's rows narrowed, then the highest of them (langfuse's prompt
// deletion moves a label to the highest version left).
export async function relabel(teamId: string, gone: Set<string>) {
  const all = await prisma.document.findMany({ where: { teamId, sheet: true } });
  const left = all.filter((d: any) => !gone.has(d.id));
  if (left.length === 0) return;
  const highest = left.reduce((max: any, d: any) => (d.version > max.version ? d : max));
  await prisma.document.update({ where: { id: highest.id }, data: { sheet: false } });
  const lowest = all.reduceRight((min: any, d: any) => {
    return d.version < min.version ? d : min;
  });
  await prisma.document.delete({ where: { id: lowest.id } });
}

// With a start value the reduce may return the start value, not a row.
export async function relabelFrom(teamId: string, start: { id: string; version: number }) {
  const all = await prisma.document.findMany({ where: { teamId } });
  const highest = all.reduce((max: any, d: any) => (d.version > max.version ? d : max), start);
  await prisma.document.update({ where: { id: highest.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
}

// A callback that can return something else than its two rows.
export async function relabelOther(teamId: string, other: { id: string }) {
  const all = await prisma.document.findMany({ where: { teamId } });
  const highest = all.reduce((max: any, d: any) => (d.version > max.version ? other : max));
  await prisma.document.update({ where: { id: highest.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  const lowest = all.reduce((min: any, d: any) => {
    if (d.version < 0) return other;
    return d.version < min.version ? d : min;
  });
  await prisma.document.delete({ where: { id: lowest.id } }); // want "delete on tenant-scoped \"Document\" does not filter"
}

// Rows read without the tenant are anyone's, however they are reduced.
export async function relabelAll(gone: Set<string>) {
  const all = await prisma.document.findMany({ where: { sheet: true } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const left = all.filter((d: any) => !gone.has(d.id));
  const highest = left.reduce((max: any, d: any) => (d.version > max.version ? d : max));
  await prisma.document.update({ where: { id: highest.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
}
