import { prisma } from "@acme/database";

// The worker depends on both databases: both schemas judge it, and the
// call is reported once.
export const events = () => prisma.event.deleteMany({ where: { id: "x" } }); // want "deleteMany on tenant-scoped \"Event\" does not filter by the tenant"
