import { prisma } from "./lib/db";

declare function use(value: unknown): void;
declare const client: any;

export async function load(id: string, organizationId: string) {
  return prisma.document.findFirst({ where: { id, organizationId } });
}

// A parameter typed as a Prisma row is a row: prisma.workflow is its
// relation, not a client's model.
export function toCrud(prisma: Prisma.DocumentGetPayload<{ include: { workflow: true } }>) {
  use(prisma.workflow);
  return () => use(prisma.workflow);
}

// Near misses: another type, another binding where it is read, or the name
// bound again.
export function notRow(prisma: PrismaClient) {
  use(prisma.workflow); // want "cannot follow the \"Workflow\" client handed out here"
}

export function innerParameter(prisma: Prisma.DocumentGetPayload<{}>) {
  return (prisma: any) => use(prisma.workflow); // want "cannot follow the \"Workflow\" client handed out here"
}

export function assigned(prisma: Prisma.DocumentGetPayload<{}>) {
  prisma = client;
  use(prisma.workflow); // want "cannot follow the \"Workflow\" client handed out here"
}

export function declared(row: Prisma.DocumentGetPayload<{}>, prisma: Prisma.DocumentGetPayload<{}>) {
  if (row) {
    const prisma = client;
    use(prisma.workflow); // want "cannot follow the \"Workflow\" client handed out here"
  }
  // A declaration anywhere in the function is read as binding the name.
  use(prisma.workflow); // want "cannot follow the \"Workflow\" client handed out here"
}

export function optional(prisma?: Prisma.DocumentGetPayload<{}>) {
  use(prisma?.workflow); // want "cannot follow the \"Workflow\" client handed out here"
}
