declare const prisma: any;
declare function other(): Promise<any[]>;

// The team's links under another name (a let, cast to another type),
// replaced only by what the loop over them returns.
export async function withTags(teamId: string) {
  const links = await prisma.link.findMany({ where: { document: { teamId } } });
  let extended: any[] = links as any[];
  if (extended.length > 0) {
    extended = await Promise.all(
      extended.map(async (link) => {
        const tags = await prisma.tag.findMany({ where: { linkId: link.id } });
        return { ...link, tags };
      }),
    );
  }
  return extended;
}

// Replaced before the loop, or in a loop around it: other rows by then.
export async function withTagsReplaced(teamId: string) {
  const links = await prisma.link.findMany({ where: { document: { teamId } } });
  let extended: any[] = links as any[];
  extended = await other();
  for (const link of extended) {
    await prisma.tag.findMany({ where: { linkId: link.id } }); // want "findMany on tenant-scoped \"Tag\" does not filter"
  }
  let again: any[] = links;
  for (let i = 0; i < 2; i++) {
    again = await Promise.all(again.map((link) => prisma.tag.findMany({ where: { linkId: link.id } }))); // want "findMany on tenant-scoped \"Tag\" does not filter"
  }
  let given: any[] = (await other()) as any[];
  return Promise.all(given.map((link) => prisma.tag.findMany({ where: { linkId: link.id } }))); // want "findMany on tenant-scoped \"Tag\" does not filter"
}
