import { listFor, ownFor, Resolver } from "./exported";
import * as helpers from "./exported";
declare const protectedProcedure: any;
declare const prisma: any;

export const asOther = protectedProcedure.query(async ({ input }: { input: { userId: string } }) =>
  listFor({ prisma, session: { user: { id: input.userId, email: "" } } }),
);

export const viaNamespace = protectedProcedure.query(async ({ input }: { input: { userId: string } }) =>
  helpers.listViaNamespace({ prisma, session: { user: { id: input.userId, email: "" } } }),
);

export const resolverOther = protectedProcedure.query(async ({ input }: { input: { userId: string } }) =>
  new Resolver().workspacesOf({ id: input.userId }),
);

export const own = protectedProcedure.query(async ({ ctx }: { ctx: any }) => ownFor(ctx));

// Called through a name held in a string.
const key = "listByKey";
export const viaKey = protectedProcedure.query(async ({ input }: { input: { userId: string } }) =>
  (helpers as any)[key]({ prisma, session: { user: { id: input.userId, email: "" } } }),
);
