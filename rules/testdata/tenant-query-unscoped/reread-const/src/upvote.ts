import { prisma } from "./db";
import { CommentInput, DraftInput, NoteInput, PostInput } from "./input";

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

// The property deleted in between: the filter reads undefined and Prisma
// drops it.
export async function deleted(req: Req, spaceId: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  delete req.query.postId;
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

// Set through Reflect, defineProperty, or a destructuring assignment.
export async function reflected(req: Req, spaceId: string, other: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  Reflect.set(req.query, "postId", other);
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

export async function defined(req: Req, spaceId: string, other: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  Object.defineProperty(req.query, "postId", { value: other });
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

export async function destructured(req: Req, spaceId: string, other: Req) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  ({ postId: req.query.postId } = other.query);
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

export async function arrayed(req: Req, spaceId: string, other: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  [req.query.postId] = [other];
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

function normalize(r: Req, other: string) {
  r.query.postId = other;
}

// The object handed to a function that may set the property.
export async function handedOn(req: Req, spaceId: string, other: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  normalize(req, other);
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

declare function mutate(query: Record<string, string>): void;

// The object on the path taken whole under another name: through it the
// property may be set where its name never shows (a call given it,
// Reflect.set on it), so the second read may give another id.
export async function aliasedThenPassed(req: Req, spaceId: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  const query = req.query;
  mutate(query);
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

export async function destructuredThenReflected(req: Req, spaceId: string, other: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  const { query } = req;
  Reflect.set(query, "post" + "Id", other);
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

export async function rootAliased(req: Req, spaceId: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  const r = req as Req;
  mutate(r.query);
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

// Only other properties read through the object: quiet.
export async function otherPropertiesRead(req: Req, spaceId: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  console.log(req.body.note, (req.query as Record<string, string>).sort);
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } });
}

// The object handed on under a shorthand key, or as `arguments[0]`: the
// function it reaches may set the property where req's name never shows.
declare function normalizeContext(ctx: { req: Req }): Promise<void>;
declare function normalizeRequest(req: Req): Promise<void>;

export async function heldShorthand(req: Req, spaceId: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  await normalizeContext({ req });
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

export async function handedAsArguments(req: Req, spaceId: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  await normalizeRequest(arguments[0]);
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

// Twin: another value handed on under a shorthand key.
declare function record(entry: { postId: string; spaceId: string }): Promise<void>;

export async function recordedShorthand(req: Req, spaceId: string) {
  const postId = req.query.postId as string;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  await record({ postId, spaceId });
  return prisma.post.findFirstOrThrow({ where: { id: req.query.postId as string } });
}

// The property a getter another file declares: it runs on each read, so
// the second may give another space's post.
export async function throughImportedGetter(input: PostInput, spaceId: string) {
  const postId = input.postId;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  return prisma.post.findFirstOrThrow({ where: { id: input.postId } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

// Twin: a plain field of a class of another file.
export async function throughImportedField(input: CommentInput, spaceId: string) {
  const commentId = input.commentId;
  await prisma.post.findFirstOrThrow({ where: { id: commentId, spaceId } });
  return prisma.post.findFirstOrThrow({ where: { id: input.commentId } });
}

// The object a module holds: any request, or any function the call
// awaits, may set its property between the check and the second read.
const current = { query: {} as Record<string, string> };

export function selectPost(postId: string) {
  current.query.postId = postId;
}

declare function audit(): Promise<void>;

export async function fromModuleObject(spaceId: string) {
  const postId = current.query.postId;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  await audit();
  return prisma.post.findFirstOrThrow({ where: { id: current.query.postId } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

// Twin: the same object given as a parameter, read again with nothing in
// between.
export async function fromParameterObject(ctx: { query: Record<string, string> }, spaceId: string) {
  const postId = ctx.query.postId;
  await prisma.post.findFirstOrThrow({ where: { id: postId, spaceId } });
  await audit();
  return prisma.post.findFirstOrThrow({ where: { id: ctx.query.postId } });
}

// The property made a getter by defineProperty, or defineProperties, in
// another file: it runs on each read.
export async function throughDefinedGetter(input: DraftInput & { draftId: string }, spaceId: string) {
  const draftId = input.draftId;
  await prisma.post.findFirstOrThrow({ where: { id: draftId, spaceId } });
  return prisma.post.findFirstOrThrow({ where: { id: input.draftId } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}

export async function throughDefinedGetters(input: NoteInput & { noteId: string }, spaceId: string) {
  const noteId = input.noteId;
  await prisma.post.findFirstOrThrow({ where: { id: noteId, spaceId } });
  return prisma.post.findFirstOrThrow({ where: { id: input.noteId } }); // want "findFirstOrThrow on tenant-scoped \"Post\" does not filter by the tenant"
}
