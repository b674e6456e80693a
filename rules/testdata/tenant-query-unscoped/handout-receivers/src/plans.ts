import { prisma } from "./lib/db";

// Only a global model's calls, through a client the other files name: the
// file is read for its hand-out all the same.
export async function plans() {
  const docs = prisma.document; // want "cannot follow the \"Document\" client handed out here; call prisma.document.<operation>"
  return [docs, await prisma.plan.findMany()];
}
