import { Prisma } from "@prisma/client";

declare const prisma: any;

// The monitor whose payload holds the token a push request presents is
// the one the token was issued for, and the rows written for it are its
// own (tianji's push monitors).
export async function push(pushToken: string) {
  const monitor = await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken"], equals: pushToken }, active: true } });
  if (!monitor) throw new Error("not found");
  await prisma.monitorData.create({ data: { monitorId: monitor.id, value: 1 } });
  await prisma.monitor.findFirst({ where: { payload: { path: ["push", "secret"], equals: pushToken } } });
}

// Another key of the document is no secret; a filter that is not an
// equality finds other rows; a token maybe undefined filters nothing; a
// path the rule cannot read may name anything.
export async function notPush(pushToken: string, label: string, maybe?: string, path: string[] = []) {
  const monitor = await prisma.monitor.findFirst({ where: { payload: { path: ["label"], equals: label } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  if (!monitor) throw new Error("not found");
  await prisma.monitorData.create({ data: { monitorId: monitor.id, value: 1 } }); // want "create on \"MonitorData\" links a \"Monitor\" by \"monitorId\" alone"
  await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken"], string_contains: pushToken } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken"], equals: maybe } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path, equals: pushToken } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken", ...path], equals: pushToken } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { label: { path: ["pushToken"], equals: pushToken } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
}

// A constant names no credential: it finds every row holding it (each
// monitor without a token, for Prisma's null markers).
export async function constantToken(token?: string) {
  await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken"], equals: Prisma.AnyNull } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken"], equals: Prisma.DbNull } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken"], equals: null } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path: ["hasToken"], equals: true } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken"], equals: "" } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path: ["secret"], equals: {} } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
  await prisma.monitor.findFirst({ where: { payload: { path: ["pushToken"], equals: token ?? null } } }); // want "findFirst on tenant-scoped \"Monitor\" does not filter"
}
