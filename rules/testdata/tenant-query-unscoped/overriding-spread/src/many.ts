declare const prisma: any;

// The rows of a createMany, mapped or listed, and a nested create: each
// object's tenant key is replaced by a later spread the same way.
export async function createMany(orgId: string, inputs: Record<string, unknown>[], input: Record<string, unknown>) {
  await prisma.project.createMany({ data: inputs.map((i) => ({ organizationId: orgId, ...i })) }); // want "cannot see what createMany on \"Project\" writes to \"organizationId\""
  await prisma.project.createMany({ data: [{ organizationId: orgId, ...input }] }); // want "cannot see what createMany on \"Project\" writes to \"organizationId\""
  await prisma.project.create({ data: { organizationId: orgId, name: "x", tasks: { create: { organizationId: orgId, ...input } } } }); // want "cannot see what create on \"Project\" writes to \"organizationId\""
}

// Twins: the spread first.
export async function createManySafe(orgId: string, inputs: Record<string, unknown>[], input: Record<string, unknown>) {
  await prisma.project.createMany({ data: inputs.map((i) => ({ ...i, organizationId: orgId })) }); // want "cannot see what createMany on \"Project\" links through this spread"
  await prisma.project.create({ data: { organizationId: orgId, name: "x", tasks: { create: { ...input, organizationId: orgId } } } });
}
