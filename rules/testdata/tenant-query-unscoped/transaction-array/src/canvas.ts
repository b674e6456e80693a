declare const prisma: any;

// The batch form resolves to its queries' results in order: canvas is the
// row the first create wrote, with the user's uid.
export async function createCanvas(uid: string) {
  const [canvas, log] = await prisma.$transaction([
    prisma.canvas.create({ data: { uid, title: "" } }),
    prisma.log.create({ data: { uid, text: "created" } }),
  ]);
  await prisma.canvas.update({ where: { pk: canvas.pk }, data: { title: "x" } });
  await prisma.log.update({ where: { pk: log.pk }, data: { text: "y" } });
}

// Near misses: the name's place holds a lookup; a hole or a spread moves
// the places; a let may be given another row.
export async function lookupAtPlace(uid: string, pk: number) {
  const [, canvas] = await prisma.$transaction([
    prisma.canvas.create({ data: { uid, title: "" } }),
    prisma.canvas.findFirst({ where: { pk } }), // want "findFirst on tenant-scoped \"Canvas\" does not filter by the tenant"
  ]);
  await prisma.canvas.update({ where: { pk: canvas.pk }, data: { title: "x" } }); // want "update on tenant-scoped \"Canvas\" does not filter by the tenant"
}

export async function secondIsLookup(uid: string, pk: number) {
  const [log, canvas] = await prisma.$transaction([
    prisma.log.create({ data: { uid, text: "" } }),
    prisma.canvas.findFirst({ where: { pk } }), // want "findFirst on tenant-scoped \"Canvas\" does not filter by the tenant"
  ]);
  await prisma.canvas.update({ where: { pk: canvas.pk }, data: { title: log.text } }); // want "update on tenant-scoped \"Canvas\" does not filter by the tenant"
}

export async function spreadBefore(uid: string, lookups: any[]) {
  const [canvas] = await prisma.$transaction([...lookups, prisma.canvas.create({ data: { uid, title: "" } })]);
  await prisma.canvas.update({ where: { pk: canvas.pk }, data: { title: "x" } }); // want "update on tenant-scoped \"Canvas\" does not filter by the tenant"
}

export async function rebound(uid: string, pk: number) {
  let [canvas] = await prisma.$transaction([prisma.canvas.create({ data: { uid, title: "" } })]);
  canvas = await prisma.canvas.findFirst({ where: { pk } }); // want "findFirst on tenant-scoped \"Canvas\" does not filter by the tenant"
  await prisma.canvas.update({ where: { pk: canvas.pk }, data: { title: "x" } }); // want "update on tenant-scoped \"Canvas\" does not filter by the tenant"
}
