declare const prisma: any;

// The lookup also finds the shared providers, and the function leaves on
// them: the row that goes on is the user's own.
export async function updateProvider(uid: string, providerId: string) {
  const provider = await prisma.provider.findUnique({ where: { providerId, OR: [{ uid }, { isGlobal: true }] } }); // want "findUnique on tenant-scoped \"Provider\" has an OR branch without the tenant"
  if (!provider) throw new Error("not found");
  if (provider.isGlobal) throw new Error("a shared provider cannot be updated");
  await prisma.provider.update({ where: { pk: provider.pk }, data: { label: "x" } });
  await prisma.providerItem.create({ data: { itemId: "i", uid, providerId } });
}

// Near misses: each still reaches a shared row, or cannot tell.
export async function sharedKept(uid: string, providerId: string) {
  const provider = await prisma.provider.findUnique({ where: { providerId, OR: [{ uid }, { isGlobal: true }] } }); // want "findUnique on tenant-scoped \"Provider\" has an OR branch without the tenant"
  if (!provider) throw new Error("not found");
  await prisma.provider.update({ where: { pk: provider.pk }, data: { label: "x" } }); // want "update on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function otherFlagTested(uid: string, providerId: string) {
  const provider = await prisma.provider.findUnique({ where: { providerId, OR: [{ uid }, { isGlobal: true }] } }); // want "findUnique on tenant-scoped \"Provider\" has an OR branch without the tenant"
  if (!provider || !provider.enabled) throw new Error("not found");
  await prisma.providerItem.create({ data: { itemId: "i", uid, providerId } }); // want "create on \"ProviderItem\" links a \"Provider\" by \"providerId\" alone"
}

export async function flagNotSelected(uid: string, providerId: string) {
  const provider = await prisma.provider.findUnique({ select: { pk: true }, where: { providerId, OR: [{ uid }, { isGlobal: true }] } }); // want "findUnique on tenant-scoped \"Provider\" has an OR branch without the tenant"
  if (!provider) throw new Error("not found");
  if (provider.isGlobal) throw new Error("never: not selected");
  await prisma.provider.update({ where: { pk: provider.pk }, data: { label: "x" } }); // want "update on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function flagFalseBranch(uid: string, providerId: string) {
  const provider = await prisma.provider.findUnique({ where: { providerId, OR: [{ uid }, { enabled: false }] } }); // want "findUnique on tenant-scoped \"Provider\" has an OR branch without the tenant"
  if (!provider) throw new Error("not found");
  if (provider.enabled) throw new Error("not this one");
  await prisma.provider.update({ where: { pk: provider.pk }, data: { label: "x" } }); // want "update on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function testedAfter(uid: string, providerId: string) {
  const provider = await prisma.provider.findUnique({ where: { providerId, OR: [{ uid }, { isGlobal: true }] } }); // want "findUnique on tenant-scoped \"Provider\" has an OR branch without the tenant"
  if (!provider) throw new Error("not found");
  await prisma.provider.update({ where: { pk: provider.pk }, data: { label: "x" } }); // want "update on tenant-scoped \"Provider\" does not filter by the tenant"
  if (provider.isGlobal) throw new Error("too late");
}

export async function rebound(uid: string, providerId: string, otherId: string) {
  let provider = await prisma.provider.findUnique({ where: { providerId, OR: [{ uid }, { isGlobal: true }] } }); // want "findUnique on tenant-scoped \"Provider\" has an OR branch without the tenant"
  if (!provider || provider.isGlobal) throw new Error("not found");
  provider = await prisma.provider.findUnique({ where: { providerId: otherId } }); // want "findUnique on tenant-scoped \"Provider\" does not filter by the tenant"
  await prisma.provider.update({ where: { pk: provider.pk }, data: { label: "x" } }); // want "update on tenant-scoped \"Provider\" does not filter by the tenant"
}
