export const a = (db: any) => db.project.findMany();
