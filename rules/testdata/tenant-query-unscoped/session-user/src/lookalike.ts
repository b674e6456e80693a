declare const prisma: any;
declare const authOptions: any;

// A getServerSession of the application's own, not next-auth's: what it
// returns is not known to be signed.
async function getServerSession(options: any) {
  return { user: { email: options.email as string, id: options.id as string } };
}

export async function notNextAuth() {
  const session = await getServerSession(authOptions);
  return prisma.user.findUnique({ where: { email: session.user.email } }); // want "findUnique on tenant-scoped \"User\" does not filter by the tenant"
}
