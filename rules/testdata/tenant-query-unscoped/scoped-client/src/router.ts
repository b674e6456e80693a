// ctx.orgDb is a $extends client that adds organizationId to findMany and
// findFirst: reads through it are filtered, writes and findUnique are not.
export async function handler(ctx: any, id: string) {
  await ctx.orgDb.project.findMany();
  await ctx.orgDb.project.findFirst({ where: { id } });
  await ctx.orgDb.project.findFirstOrThrow({ where: { id } });
  await ctx.orgDb.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" is not filtered by scoped client \"ctx.orgDb\"; add organizationId to its where"
  await ctx.orgDb.project.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Project\" is not filtered by scoped client \"ctx.orgDb\""
  await ctx.orgDb.project.deleteMany({ where: { id } }); // want "deleteMany on tenant-scoped \"Project\" is not filtered by scoped client"
  await ctx.db.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
}

export class Repo {
  scoped: any;
  list() {
    return this.scoped.project.findMany();
  }
}
