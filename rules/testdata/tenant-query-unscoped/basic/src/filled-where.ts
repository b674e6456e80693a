declare const prisma: any;
declare function sanitize(where: any): void;

// A where built as an object literal and filled by assignment is judged
// as filled: openpanel's `const where: any = {}` given its projectId in
// both branches of an if/else. Each quiet call has twins that stay
// reported.
export async function filled(organizationId: string, orgIds: string[], one: boolean, name: string) {
  const where: any = {};
  if (one) {
    where.organizationId = organizationId;
  } else {
    where.organizationId = { in: orgIds };
  }
  await prisma.project.findMany({ where });
  let other = {} as any;
  if (!name) throw new Error("no name");
  other.name = name;
  other.organizationId = organizationId;
  await prisma.invoice.deleteMany({ where: other });
  const scoped: any = { organizationId };
  scoped.name = name;
  Object.assign(scoped, { number: 2 });
  if (one) {
    scoped.AND = [];
    scoped.AND.push({ number: { gt: 1 } });
  }
  const args = { where: scoped, take: 10 };
  await prisma.invoice.findMany(args);
}

// A branch that does not assign the tenant, a later overwrite or delete,
// the object given to a function, changed in a closure, under a computed
// key or through another name: the where may hold no tenant.
export async function notFilled(organizationId: string, name: string, one: boolean, key: string, items: string[]) {
  const some: any = {};
  if (one) {
    some.organizationId = organizationId;
  } else {
    some.name = name;
  }
  await prisma.project.findMany({ where: some }); // want "findMany on tenant-scoped \"Project\" does not filter"
  const undone: any = { organizationId };
  undone.organizationId = one ? organizationId : undefined;
  await prisma.project.findMany({ where: undone }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  const deleted: any = { organizationId };
  delete deleted.organizationId;
  await prisma.project.findMany({ where: deleted }); // want "cannot see the where of findMany on tenant-scoped \"Project\": \"deleted\" may change after it is built"
  const handed: any = { organizationId };
  sanitize(handed);
  await prisma.project.findMany({ where: handed }); // want "cannot see the where of findMany on tenant-scoped \"Project\": \"handed\" may change after it is built"
  const looped: any = { organizationId };
  items.forEach((i) => {
    looped.organizationId = i;
  });
  await prisma.project.findMany({ where: looped }); // want "cannot see the where of findMany on tenant-scoped \"Project\": \"looped\" may change after it is built"
  const computed: any = { organizationId };
  computed[key] = undefined;
  await prisma.project.findMany({ where: computed }); // want "cannot see the where of findMany on tenant-scoped \"Project\": \"computed\" may change after it is built"
  const aliased: any = { organizationId };
  const alias = aliased;
  alias.organizationId = undefined;
  await prisma.project.findMany({ where: aliased }); // want "cannot see the where of findMany on tenant-scoped \"Project\": \"aliased\" may change after it is built"
  // A let is not read through asWritten: changed other than by its keys, it is not seen.
  let letHanded: any = { organizationId };
  sanitize(letHanded);
  await prisma.project.findMany({ where: letHanded }); // want "cannot see the where of findMany on tenant-scoped \"Project\": it is given to a function or changed other than by assigning its keys"
  const either: any = {};
  either.OR = [{ organizationId }, { name }];
  await prisma.project.findMany({ where: either }); // want "findMany on tenant-scoped \"Project\" has an OR branch without the tenant"
}
