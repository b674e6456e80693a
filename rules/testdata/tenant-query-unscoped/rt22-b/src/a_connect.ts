import { prisma } from "./db";

// A: a create counted as made in the tenant through the tenant's
// relation's connect. Each is read where the made row's key is used
// next: found with the tenant, or else made, handed to a helper that
// writes it back, then deleted by its key.

async function checkHost(host: { id: string }) {
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

// Twin kept quiet: the tenant's relation connected by the tenant's key.
export async function madeInTenant(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: organizationId } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } });
}

// A connectOrCreate, which may make the tenant from what the caller gave.
export async function madeConnectOrCreate(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connectOrCreate: { where: { id: organizationId }, create: { id: organizationId } } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// connect with a spread of the caller's object.
export async function madeConnectSpread(organizationId: string, id: string, by: { id: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: organizationId, ...by } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// connect object spread in.
export async function madeConnectSpreadOuter(organizationId: string, id: string, by: { connect: { id: string } }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { ...by, connect: { id: organizationId } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The data spread after the connect.
export async function madeDataSpreadAfter(organizationId: string, id: string, extra: { status: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, organization: { connect: { id: organizationId } }, ...extra } }); // want "cannot see what create on \"Host\" links through this spread"
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// A nested create of the tenant.
export async function madeNestedCreate(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { create: { id: organizationId } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// connect by the tenant's key, the connect's key given twice.
export async function madeConnectTwice(organizationId: string, id: string, other: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: organizationId }, connect: { id: other } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// connect's key given twice inside.
export async function madeConnectKeyTwice(organizationId: string, id: string, other: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: organizationId, id: other } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The connect's key may be undefined.
export async function madeConnectMaybe(organizationId: string, id: string, org?: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: org } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// Created row straight, then deleted by its key.
export async function madeThenDeleted(organizationId: string, id: string) {
  const host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: organizationId } } } });
  await prisma.host.delete({ where: { id: host.id } });
}

// The data given again after, or a spread of the caller's arguments
// The data given again after, or a spread of the caller's arguments
// after it: the last one is the create's.
export async function madeDataTwice(organizationId: string, id: string, input: { id: string; status: string; organizationId: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: organizationId } } }, data: input }); // want "cannot see what create on \"Host\" links; build its data as objects"
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function madeArgsSpread(organizationId: string, id: string, args: { data: { id: string; status: string; organizationId: string } }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: organizationId } } }, ...args }); // want "cannot see what create on \"Host\" links through this spread"
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function madeScalarArgsSpread(organizationId: string, id: string, args: { data: { id: string; status: string; organizationId: string } }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organizationId }, ...args }); // want "cannot see what create on \"Host\" links through this spread"
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The connect object a const, changed before the create.
export async function madeConstLinkChanged(organizationId: string, id: string, other: string) {
  const link = { connect: { id: organizationId } };
  link.connect.id = other; // want "cannot see what create on \"Host\" links: \"link\" changes after it is built"
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: link } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The data a const, its connect changed before the create.
export async function madeConstDataChanged(organizationId: string, id: string, other: string) {
  const data = { id, status: "NEW", organization: { connect: { id: organizationId } } };
  data.organization.connect.id = other; // want "cannot see what create on \"Host\" links: \"data\" changes after it is built"
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function madeConstDataReplaced(organizationId: string, id: string, other: string) {
  const data = { id, status: "NEW", organization: { connect: { id: organizationId } } };
  data.organization = { connect: { id: other } };
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function madeConstDataScalarChanged(organizationId: string, id: string, other: string) {
  const data = { id, status: "NEW", organizationId };
  data.organizationId = other;
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The connect given again after by a getter or a computed key.
export async function madeGetterAfter(organizationId: string, id: string, other: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({
      data: {
        id,
        status: "NEW",
        organization: { connect: { id: organizationId } },
        get organization() { // want "cannot see what create on \"Host\" links through this spread"
          return { connect: { id: other } };
        },
      },
    });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function madeComputedAfter(organizationId: string, id: string, other: string, key: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({ data: { id, status: "NEW", organization: { connect: { id: organizationId } }, [key]: { connect: { id: other } } } });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}
