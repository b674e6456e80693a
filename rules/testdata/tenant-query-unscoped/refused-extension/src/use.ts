import { prisma } from "./db";

// With a model extension in the code, a call Prisma itself would refuse may
// be the extension's: it is judged as a query.
export async function rename(name: string) {
  await prisma.project.update({ name }); // want "update on tenant-scoped \"Project\" has no where"
  await prisma.project.delete(); // want "delete on tenant-scoped \"Project\" has no where"
}
