import { prisma } from "./db";

// With a query extension that names a where, a call without one may run:
// it is judged as a query.
export async function rename(id: string, name: string) {
  await prisma.project.update({ data: { id, name } }); // want "update on tenant-scoped \"Project\" has no where"
}
