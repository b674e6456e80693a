import { getServerSession } from "next-auth";

declare const prisma: any;
declare const authOptions: any;

// Twin: the signed-in user's own row.
export async function ownRow() {
  const session = await getServerSession(authOptions);
  return prisma.user.findUnique({ where: { email: session.user.email } });
}

// next-auth's getServerSession, but given options whose session callback
// puts the request's user in the session.
export async function callbackFromRequest(body: { email: string }) {
  const session = await getServerSession({
    ...authOptions,
    callbacks: { session: () => ({ user: { email: body.email }, expires: "" }) },
  });
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

const requestOptions = (email: string) => ({ ...authOptions, callbacks: { session: () => ({ user: { email }, expires: "" }) } });

export async function optionsFromRequest(body: { email: string }) {
  const session = await getServerSession(requestOptions(body.email));
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

// Options the handler is given.
export async function optionsGiven(options: any) {
  const session = await getServerSession(options);
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}
