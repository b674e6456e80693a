import { prisma } from "./db";

// F, imported: the find-or-create helper in a file of its own.
export async function getDevKey(organizationId: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environment: { connect: { id: "e" } } } }); // want "create on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
  return key;
}
