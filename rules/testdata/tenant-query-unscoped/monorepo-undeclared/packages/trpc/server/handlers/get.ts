// The trpc package does not declare @acme/prisma: the workspace hoists it,
// and this file imports it all the same.
import { prisma } from "@acme/prisma";

export const get = (id: string) => prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
