import { getServerSession } from "next-auth";
import { getServerSession as serverSession } from "next-auth/next";
import { NextRequest } from "next/server";

declare const prisma: any;
declare const authOptions: any;

// The signed-in user's own row, found by the email or id next-auth's
// session gives: the caller's row, in the caller's team. Without a session
// the key is undefined, and Prisma refuses a unique lookup or write by it.
export async function ownRow() {
  const session = await getServerSession(authOptions);
  const email = session?.user?.email as string;
  const user = await prisma.user.findUnique({ where: { email } });
  await prisma.user.update({ where: { email: session!.user!.email! }, data: { name: "x" } });
  await prisma.user.findUniqueOrThrow({ where: { id: session.user.id }, include: { team: true } });
  return user;
}

export async function renamed() {
  const s = (await serverSession(authOptions)) as any;
  return prisma.user.delete({ where: { email: s.user.email } });
}

// Near misses: the key comes from the request, or from a let the request
// may fill, or the lookup drops an undefined key (findFirst), or the model
// is not the user's, or the key is not the identity the session gives.
export async function fromRequest(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) throw new Error("signed out");
  const email = req.nextUrl.searchParams.get("email") as string;
  return prisma.user.findUnique({ where: { email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

export async function eitherOne(req: NextRequest) {
  let email = req.nextUrl.searchParams.get("email") as string;
  if (!email) {
    const session = await getServerSession(authOptions);
    email = session?.user?.email as string;
  }
  return prisma.user.findUnique({ where: { email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

export async function firstOfAny() {
  const session = await getServerSession(authOptions);
  return prisma.user.findFirst({ where: { email: session?.user?.email } }); // want "findFirst on tenant-scoped \"User\" does not filter by the tenant"
}

export async function otherModel() {
  const session = await getServerSession(authOptions);
  return prisma.project.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function otherKey(body: { email: string }) {
  const session = await getServerSession(authOptions);
  await prisma.user.findUnique({ where: { id: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
  await prisma.user.findUnique({ where: { email: session.user.name } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
  return prisma.user.update({ where: { email: session.user.email, ...body }, data: {} }); // want "cannot see the where of update on tenant-scoped \"User\""
}

// The session changed before the lookup: its user is no longer the one
// next-auth signed.
export async function changedSession(body: { email: string }) {
  const session = await getServerSession(authOptions);
  if (session) session.user.email = body.email;
  await prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
  const other = await getServerSession(authOptions);
  const u = other.user;
  u.email = body.email;
  await prisma.user.findUnique({ where: { email: other.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
  const third = await getServerSession(authOptions);
  Object.assign(third.user, body);
  return prisma.user.findUnique({ where: { email: third.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

// Tests of the session, in the forms the routes write them, change nothing.
export async function tested() {
  const session = await getServerSession(authOptions);
  if (!session || !session.user) throw new Error("signed out");
  const signedIn = session?.user ? true : false;
  console.log(signedIn, session.user.name);
  return prisma.user.findUnique({ where: { email: session.user.email } });
}

// A parameter hides next-auth's getServerSession.
export async function hidden(getServerSession: (o: any) => Promise<any>) {
  const session = await getServerSession(authOptions);
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}
