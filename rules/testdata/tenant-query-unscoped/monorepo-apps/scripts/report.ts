// In no package: either app's client may be imported here, so both
// schemas judge it, and a call both find unscoped is reported once.
export const projects = (prisma: any) => prisma.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
