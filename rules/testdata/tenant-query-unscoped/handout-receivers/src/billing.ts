import { prisma } from "./lib/db";

declare const billingDb: any;

// Only a global model's calls, one through a client no other file names:
// its receiver is a client all the same.
export async function plans() {
  await prisma.plan.count();
  return billingDb.plan.findMany();
}
