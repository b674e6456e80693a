declare const prisma: any;

// An update that sets the row's tenant to the caller's returns a row of
// the caller's tenant, whatever its where matched.
export async function moveOne(orgId: string, id: string) {
  const post = await prisma.post.update({ where: { id }, data: { content: "c", organizationId: orgId } }); // want "update on tenant-scoped \"Post\" does not filter"
  return prisma.tagsPosts.deleteMany({ where: { postId: post.id } });
}

// A let may hold another row by the time it is read.
export async function moveOneLet(orgId: string, id: string) {
  let post = await prisma.post.update({ where: { id }, data: { content: "c", organizationId: orgId } }); // want "update on tenant-scoped \"Post\" does not filter"
  return prisma.tagsPosts.deleteMany({ where: { postId: post.id } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
}

// An update that leaves the tenant alone proves nothing.
export async function keepOne(orgId: string, id: string) {
  const post = await prisma.post.update({ where: { id }, data: { content: "c" } }); // want "update on tenant-scoped \"Post\" does not filter"
  return prisma.tagsPosts.deleteMany({ where: { postId: post.id } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
}

// A spread after the tenant may replace it.
export async function moveOneSpread(orgId: string, id: string, extra: any) {
  const post = await prisma.post.update({ where: { id }, data: { organizationId: orgId, ...extra } }); // want "update on tenant-scoped \"Post\" does not filter" "cannot see what update on \"Post\" writes to \"organizationId\": a spread after it may replace it"
  return prisma.tagsPosts.deleteMany({ where: { postId: post.id } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
}

// The name read is another row's, declared in the block of the call.
export async function moveOneShadowed(orgId: string, id: string, other: string) {
  const post = await prisma.post.update({ where: { id }, data: { content: "c", organizationId: orgId } }); // want "update on tenant-scoped \"Post\" does not filter"
  if (other) {
    const post = await prisma.post.findFirst({ where: { id: other } }); // want "findFirst on tenant-scoped \"Post\" does not filter"
    return prisma.tagsPosts.deleteMany({ where: { postId: post.id } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
  }
  return post;
}

// A row pushed after the call, with no loop bringing it round again.
export async function pushedAfter(orgId: string, extra: any) {
  const posts: any[] = [];
  if (extra.x) {
    await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
  }
  posts.push(await prisma.post.update({ where: { id: extra.id }, data: { organizationId: orgId } })); // want "update on tenant-scoped \"Post\" does not filter"
  return posts;
}

// Pushed in an earlier turn of the loop that holds the call.
export async function pushedEarlierTurn(orgId: string, ids: string[]) {
  const posts: any[] = [];
  for (const id of ids) {
    if (posts.length > 0) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } });
    }
    posts.push(await prisma.post.update({ where: { id }, data: { organizationId: orgId } })); // want "update on tenant-scoped \"Post\" does not filter"
  }
  return posts;
}
