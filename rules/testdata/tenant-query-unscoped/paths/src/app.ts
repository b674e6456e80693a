export const a = (db: any) => db.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
