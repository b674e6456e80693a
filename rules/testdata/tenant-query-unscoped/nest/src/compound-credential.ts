import { prisma } from "./db";

// A compound unique key holding the credential the caller presents finds
// the token's owner, as the credential alone does; one without it does not.
export async function signIn(device: string, token: string, label: string) {
  await prisma.loginToken.findUniqueOrThrow({ where: { device_tokens: { device, token } } });
  await prisma.loginToken.delete({ where: { device_tokens: { device: device, token: token } } });
  await prisma.loginToken.findUnique({ where: { device_label: { device, label } } }); // want "findUnique on tenant-scoped \"LoginToken\" does not filter by the tenant"
  await prisma.loginToken.findFirst({ where: { device_tokens: { device, label } } }); // want "findFirst on tenant-scoped \"LoginToken\" does not filter by the tenant"
}
