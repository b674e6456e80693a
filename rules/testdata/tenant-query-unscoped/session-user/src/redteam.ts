import { getServerSession } from "next-auth";

declare const prisma: any;
declare const authOptions: any;

// RT1: another unique key beside the session's: without a session the
// email is undefined, Prisma drops it, and the id alone finds anyone.
export async function rt1(body: { id: string }) {
  const session = await getServerSession(authOptions);
  return prisma.user.update({ where: { id: body.id, email: session?.user?.email as string }, data: { name: "x" } }); // want "update on tenant-scoped \"User\" does not filter by the tenant"
}

// RT2: a computed key after the session's overrides it.
export async function rt2(body: { email: string }) {
  const session = await getServerSession(authOptions);
  return prisma.user.findUnique({ where: { email: session.user.email, ["email"]: body.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

// RT3: the user taken out through && and changed.
export async function rt3(body: { email: string }) {
  const session = await getServerSession(authOptions);
  const user = session && session.user;
  if (user) user.email = body.email;
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

// RT4: || hands the user on too.
export async function rt4(body: { email: string }) {
  const session = await getServerSession(authOptions);
  const user = session.user || { email: "" };
  user.email = body.email;
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

// RT5: a loop variable hides the const email.
export async function rt5(body: { emails: string[] }) {
  const session = await getServerSession(authOptions);
  const email = session?.user?.email as string;
  for (const email of body.emails) {
    await prisma.user.delete({ where: { email } }); // want "delete on tenant-scoped \"User\" does not filter by the tenant"
  }
  return email;
}

// RT6: a loop variable hides the session.
export async function rt6(body: { sessions: any[] }) {
  const session = await getServerSession(authOptions);
  for (const session of body.sessions) {
    await prisma.user.delete({ where: { email: session.user.email } }); // want "delete on tenant-scoped \"User\" does not filter by the tenant"
  }
  return session;
}

// RT7: a catch parameter hides the const email.
export async function rt7() {
  const session = await getServerSession(authOptions);
  const email = session?.user?.email as string;
  try {
    throw new Error(email);
  } catch (email: any) {
    return prisma.user.delete({ where: { email } }); // want "delete on tenant-scoped \"User\" does not filter by the tenant"
  }
}

// RT9: valueOf gives the user object itself.
export async function rt9(body: { email: string }) {
  const session = await getServerSession(authOptions);
  const u = session.user.valueOf();
  u.email = body.email;
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}

// RT10: a block-scoped const session from elsewhere hides next-auth's.
export async function rt10(other: any) {
  const session = await getServerSession(authOptions);
  if (session) {
    const session = other;
    return prisma.user.delete({ where: { email: session.user.email } }); // want "delete on tenant-scoped \"User\" does not filter by the tenant"
  }
}

// RT11: the where built as a const, then its key replaced.
export async function rt11(body: { email: string }) {
  const session = await getServerSession(authOptions);
  const where = { email: session.user.email };
  where.email = body.email;
  return prisma.user.findUnique({ where }); // want "User"
}

// RT12: the where built as a const, then another unique key added.
export async function rt12(body: { id: string }) {
  const session = await getServerSession(authOptions);
  const where: any = { email: session?.user?.email };
  where.id = body.id;
  return prisma.user.update({ where, data: { name: "x" } }); // want "User"
}

// RT13: Object.assign onto the where.
export async function rt13(body: { email: string }) {
  const session = await getServerSession(authOptions);
  const where = { email: session.user.email };
  Object.assign(where, body);
  return prisma.user.findUnique({ where }); // want "User"
}

// RT14: the args object built as a const, its where replaced.
export async function rt14(body: { email: string }) {
  const session = await getServerSession(authOptions);
  const args = { where: { email: session.user.email } };
  args.where = { email: body.email };
  return prisma.user.findUnique(args); // want "User"
}
