import cuid from "cuid";
import { prisma } from "./db";

type Body = { id?: string; name: string };
type Req = { body: Body; file?: { name: string } };

// A body parsed into a let in one of two ways, then read (Chaindesk's
// upsertDatasource): every write comes before its first read, so the key
// the lookup checked is the key the write reads.
export async function settledBody(req: Req, raw: string, orgId: string) {
  let data: Body;
  if (req.file) {
    data = { ...(req.body as Body), name: req.file.name };
  } else {
    data = JSON.parse(raw) as Body;
  }
  const ds = await prisma.datasource.findUnique({ where: { id: data.id } });
  if (ds?.organizationId !== orgId) throw new Error("Unauthorized");
  return prisma.datasource.update({ where: { id: data.id }, data: { name: data.name } });
}

// An id the body may name, checked when it does, or a fresh one: the
// upsert reaches the tenant's row or makes a new one.
export async function checkedOrFresh(body: Body, orgId: string) {
  let existing;
  if (body?.id) {
    existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  return prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } });
}

// Near misses of the settled let: a write after a read (the helper's
// check read the old body), a write by a function that may run later, a
// value that is a row or awaited, a write in a loop.
declare function assertDatasource(id: string | undefined, orgId: string): Promise<void>;
declare function loadBody(): Promise<Body>;

export async function writtenAfterRead(raw: string, other: string, orgId: string) {
  let data = JSON.parse(raw) as Body;
  const ds = await prisma.datasource.findUnique({ where: { id: data.id } });
  if (ds?.organizationId !== orgId) throw new Error("Unauthorized");
  data = JSON.parse(other) as Body;
  return prisma.datasource.update({ where: { id: data.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function writtenLater(raw: string, other: string, orgId: string) {
  let data = JSON.parse(raw) as Body;
  const reset = () => {
    data = JSON.parse(other) as Body;
  };
  const ds = await prisma.datasource.findUnique({ where: { id: data.id } });
  if (ds?.organizationId !== orgId) throw new Error("Unauthorized");
  reset();
  return prisma.datasource.update({ where: { id: data.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function awaitedValue(raw: string, orgId: string) {
  let data: Body = JSON.parse(raw);
  const ds = await prisma.datasource.findUnique({ where: { id: data.id } });
  if (ds?.organizationId !== orgId) throw new Error("Unauthorized");
  if (!ds) data = await loadBody();
  return prisma.datasource.update({ where: { id: data.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function copiedRow(id: string, other: string, orgId: string) {
  const row = await prisma.datasource.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
  const mine = await prisma.datasource.findFirst({ where: { id: other, organizationId: orgId } });
  let data = { ...mine };
  data = { ...row };
  return prisma.datasource.update({ where: { id: data.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function writtenInLoop(raws: string[], orgId: string) {
  let data: Body = { name: "" };
  for (const raw of raws) {
    const ds = await prisma.datasource.findUnique({ where: { id: data.id } });
    if (ds?.organizationId !== orgId) throw new Error("Unauthorized");
    data = JSON.parse(raw) as Body;
  }
  return prisma.datasource.update({ where: { id: data.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

// Near misses of the checked-or-fresh id: `??` keeps an empty id the if
// skipped; the if tests another field, has an else, or checks nothing;
// the id changes after the check; the fallback is not fresh.
export async function nullishFallback(body: Body, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id ?? cuid();
  return prisma.datasource.update({ where: { id }, data: { name: body.name } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function otherTest(body: Body, orgId: string) {
  if (body?.name) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  return prisma.datasource.update({ where: { id }, data: { name: body.name } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function withElse(body: Body, other: string, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  } else {
    body.id = other;
  }
  const id = body?.id || cuid();
  return prisma.datasource.update({ where: { id }, data: { name: body.name } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function notCompared(body: Body) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
    if (!existing) throw new Error("Not found");
  }
  const id = body?.id || cuid();
  return prisma.datasource.update({ where: { id }, data: { name: body.name } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function changedAfter(body: Body, other: string, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  body.id = other;
  const id = body?.id || cuid();
  return prisma.datasource.update({ where: { id }, data: { name: body.name } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function notFresh(body: Body, other: string, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || other;
  return prisma.datasource.update({ where: { id }, data: { name: body.name } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

// A var in an inner block belongs to the whole function: a write outside
// the block (here by a closure run after the check) is a write to it.
export async function varInBlock(raw: string, other: string, orgId: string, x: boolean) {
  const reset = () => {
    data = JSON.parse(other) as Body;
  };
  if (x) {
    var data = JSON.parse(raw) as Body;
    const ds = await prisma.datasource.findUnique({ where: { id: data.id } });
    if (ds?.organizationId !== orgId) throw new Error("Unauthorized");
    reset();
    return prisma.datasource.update({ where: { id: data.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
  }
}

// Near miss of the checked-or-fresh id: the id handed to a call before
// the upsert, which may write a row with the fresh one anywhere first.
declare function recordId(id: string): Promise<void>;

export async function freshHanded(body: Body, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  await recordId(id);
  return prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } }); // want "upsert on tenant-scoped \"Datasource\" does not filter by the tenant"
}

// The id joined into a file's key before the upsert is handed on only as
// part of a string (Chaindesk's datasource upsert); a tag may take it whole.
declare const s3: { putObject(p: { Key: string }): Promise<void> };
declare function sqlTag(parts: TemplateStringsArray, ...values: string[]): string;

export async function freshInString(body: Body, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  await s3.putObject({ Key: `datastores/${id}/${id}.bin` });
  return prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } });
}

export async function freshTagged(body: Body, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  await s3.putObject({ Key: sqlTag`datastores/${id}` });
  return prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } }); // want "upsert on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function freshCalledInString(body: Body, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  await s3.putObject({ Key: `datastores/${recordId(id)}` });
  return prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } }); // want "upsert on tenant-scoped \"Datasource\" does not filter by the tenant"
}

// Near misses: a bare key the function assigns between the if and the
// const, directly or through a closure.
export async function keyReassigned(key: string | undefined, other: string, orgId: string, name: string) {
  if (key) {
    const existing = await prisma.datasource.findUnique({ where: { id: key } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  key = other;
  const id = key || cuid();
  return prisma.datasource.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function keyResetLater(key: string | undefined, other: string, orgId: string, name: string) {
  const reset = () => {
    key = other;
  };
  if (key) {
    const existing = await prisma.datasource.findUnique({ where: { id: key } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  reset();
  const id = key || cuid();
  return prisma.datasource.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Datasource\" does not filter by the tenant"
}
