import { getServerSession } from "next-auth";

declare const prisma: any;
declare const authOptions: any;

// Options of the file's own changed by a handler: the next handler run
// reads the request's user too.
export async function optionsChanged(body: { email: string }) {
  authOptions.callbacks = { session: () => ({ user: { email: body.email }, expires: "" }) };
  const session = await getServerSession(authOptions);
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

export async function afterChange() {
  const session = await getServerSession(authOptions);
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}
