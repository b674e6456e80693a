declare const prisma: any;

// The write runs only where the row's owner is the user: a missing row
// makes the test false too.
export async function bump(uid: string, skillId: string, force: boolean) {
  const skill = await prisma.skill.findUnique({ where: { id: skillId }, select: { uid: true } });
  if (skill?.uid === uid) {
    await prisma.skill.update({ where: { id: skillId }, data: { count: 1 } });
  }
  if (force && (skill?.uid === uid)) {
    await prisma.skill.update({ where: { id: skillId }, data: { count: 2 } });
  }
}

// Near misses: the test under ||, the branch the mismatch takes, the
// write in a closure or after the if, a row given another value, a test
// against a literal.
export async function notGuarded(uid: string, skillId: string, force: boolean, other: string) {
  const skill = await prisma.skill.findUnique({ where: { id: skillId }, select: { uid: true } });
  if (force || skill?.uid === uid) {
    await prisma.skill.update({ where: { id: skillId }, data: { count: 1 } }); // want "update on tenant-scoped \"Skill\" does not filter by the tenant"
  }
  if (skill?.uid === uid) {
    console.log("owned");
  } else {
    await prisma.skill.update({ where: { id: skillId }, data: { count: 2 } }); // want "update on tenant-scoped \"Skill\" does not filter by the tenant"
  }
  if (skill?.uid === uid) {
    setTimeout(() => prisma.skill.update({ where: { id: skillId }, data: { count: 3 } }), 0); // want "update on tenant-scoped \"Skill\" does not filter by the tenant"
  }
  if (skill?.uid === "system") {
    await prisma.skill.update({ where: { id: skillId }, data: { count: 4 } }); // want "update on tenant-scoped \"Skill\" does not filter by the tenant"
  }
  if (skill?.uid !== uid) {
    await prisma.skill.update({ where: { id: skillId }, data: { count: 5 } }); // want "update on tenant-scoped \"Skill\" does not filter by the tenant"
  }
  let row = await prisma.skill.findUnique({ where: { id: other }, select: { uid: true } });
  row = { uid };
  if (row?.uid === uid) {
    await prisma.skill.update({ where: { id: other }, data: { count: 6 } }); // want "update on tenant-scoped \"Skill\" does not filter by the tenant"
  }
}
