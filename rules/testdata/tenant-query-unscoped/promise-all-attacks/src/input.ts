declare const db: any;
declare function reassign(input: { id: string }): Promise<void>;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

// The id read from an object another element changes once the check ran.
export async function renameInput(input: { id: string; name: string }, orgId: number) {
  await Promise.all([getMap(input.id, orgId), reassign(input)]);
  return db.map.update({ where: { id: input.id }, data: { name: input.name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameInputLater(input: { id: string; name: string }, other: string, orgId: number) {
  await Promise.all([
    getMap(input.id, orgId),
    (async () => {
      await null;
      input.id = other;
    })(),
  ]);
  return db.map.update({ where: { id: input.id }, data: { name: input.name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// Near miss: the object is not handed on or written.
export async function renameInputKept(input: { id: string; name: string }, orgId: number) {
  await Promise.all([getMap(input.id, orgId), db.organization.count()]);
  return db.map.update({ where: { id: input.id }, data: { name: input.name } });
}

// The same change made one statement at a time.
export async function renameInputInTurn(input: { id: string; name: string }, orgId: number) {
  await getMap(input.id, orgId);
  await reassign(input);
  return db.map.update({ where: { id: input.id }, data: { name: input.name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameInputBefore(input: { id: string; name: string }, orgId: number) {
  await Promise.all([reassign(input), getMap(input.id, orgId)]);
  return db.map.update({ where: { id: input.id }, data: { name: input.name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameInputArgument(input: { id: string; name: string }, orgId: number) {
  await getMap(input.id, (reassign(input), orgId));
  return db.map.update({ where: { id: input.id }, data: { name: input.name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// The object handed to any other call of the same Promise.all, a log
// too, voids the check: the rule does not tell a call that reads from
// one that changes. Logged after the await, it is harmless.
export async function renameInputLogged(input: { id: string; name: string }, orgId: number) {
  await Promise.all([getMap(input.id, orgId), console.log(input)]);
  console.log(input);
  return db.map.update({ where: { id: input.id }, data: { name: input.name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// Near miss: the object changed before the check.
export async function renameInputFirst(input: { id: string; name: string }, orgId: number) {
  await reassign(input);
  await Promise.all([getMap(input.id, orgId)]);
  return db.map.update({ where: { id: input.id }, data: { name: input.name } });
}
