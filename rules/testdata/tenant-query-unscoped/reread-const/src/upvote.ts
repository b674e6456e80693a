import { prisma } from "./db";

type Req = { query: Record<string, string>; body: Record<string, string>; spaceIdRange: string[] };

// The id is read again from where the const checked with the tenant took
// it (charmverse's forum upvote).
export async function upvote(req: Req) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId: { in: req.spaceIdRange } } });
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } });
}

// The same, read without the cast.
export async function uncast(req: Req, spaceId: string) {
  const postId = req.query.postId;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  return prisma.post.findUnique({ where: { id: req.query.postId } });
}

// The property is set anew in between.
export async function rewritten(req: Req, spaceId: string, other: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  req.query.postId = other;
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

// The object is another one by then.
export async function replaced(req: Req, spaceId: string, next: Req) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  req = next;
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

// Another property than the one the const took.
export async function otherPath(req: Req, spaceId: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  return prisma.post.findFirstOrThrow({ where: { id: req.body.postId } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

// The const is not checked with the tenant.
export async function unchecked(req: Req) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}
