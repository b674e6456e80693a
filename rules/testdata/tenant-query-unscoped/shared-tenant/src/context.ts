import type { NextFunction, Request, Response } from "express";

declare const prisma: any;
declare function audit(msg: string): Promise<void>;

// The organization of the request being served, kept in a module variable
// by a middleware: while one request awaits, another sets it, so a read
// after an await may be the other request's organization.
let currentOrg: string;
let currentUser = "";

export function tenantMiddleware(req: Request, _res: Response, next: NextFunction) {
  currentOrg = req.session.organizationId;
  next();
}

export async function listProjects(req: Request, res: Response) {
  await audit(`list by ${currentUser}`);
  const projects = await prisma.project.findMany({ where: { organizationId: currentOrg } }); // want "findMany on tenant-scoped \"Project\" filters by \"currentOrg\", a value every request shares \\(a module variable, a static field, a singleton service's field\\) that another request may change while this one awaits"
  res.json(projects);
}

export async function clearTasks(req: Request, res: Response) {
  await audit("clear");
  for (const title of req.body.titles) {
    await prisma.task.deleteMany({ where: { title, organizationId: currentOrg } }); // want "deleteMany on tenant-scoped \"Task\" filters by \"currentOrg\", a value every request shares"
  }
  res.end();
}

// Twins: the value copied before any await is this request's, and so is
// a const of the module; a task of a project the request proved its own
// is its organization's whatever the variable holds.
const SYSTEM_ORG = "system";

export async function listOwn(req: Request) {
  currentOrg = req.session.organizationId;
  const orgId = currentOrg;
  await audit("list");
  await prisma.project.findMany({ where: { organizationId: orgId } });
  return prisma.project.findMany({ where: { organizationId: SYSTEM_ORG } });
}

export async function renameProject(req: Request, res: Response) {
  const project = await prisma.project.findFirst({ where: { id: req.params.id, organizationId: req.session.organizationId } });
  if (!project) return res.status(404).end();
  await prisma.task.deleteMany({ where: { projectId: project.id, organizationId: currentOrg } });
  res.json(project);
}

export async function listFirst() {
  return prisma.project.findMany({ where: { organizationId: currentOrg } });
}

// A choice with the variable on one branch, or the variable asserted or
// cast: the branch taken after an await may be another request's.
export async function listChosen(req: Request, res: Response) {
  await audit("list");
  const projects = await prisma.project.findMany({ where: { organizationId: req.session.isAdmin ? req.body.organizationId : currentOrg } }); // want "findMany on tenant-scoped \"Project\" filters by \"currentOrg\", a value every request shares"
  res.json(projects);
}

export async function listAsserted(req: Request, res: Response) {
  await audit("list");
  await prisma.task.deleteMany({ where: { title: req.body.title, organizationId: currentOrg! } }); // want "deleteMany on tenant-scoped \"Task\" filters by \"currentOrg\", a value every request shares"
  const projects = await prisma.project.findMany({ where: { organizationId: currentOrg as string } }); // want "findMany on tenant-scoped \"Project\" filters by \"currentOrg\", a value every request shares"
  res.json(projects);
}

// Twins: the choice's branches both this request's, or the variable
// chosen before the first await.
export async function listChosenOwn(req: Request) {
  const orgId = req.session.isAdmin ? req.body.organizationId : currentOrg;
  await audit("list");
  await prisma.project.findMany({ where: { organizationId: orgId } });
  return prisma.project.findMany({ where: { organizationId: req.session.isAdmin ? req.body.organizationId : SYSTEM_ORG } });
}

// The variable read through a function of the module after an await: the
// value returned is whichever request set it last.
function getOrg() {
  return currentOrg;
}

const currentOrgId = () => currentOrg;

export async function listThroughGetter(req: Request, res: Response) {
  await audit("list");
  await prisma.task.deleteMany({ where: { title: req.body.title, organizationId: currentOrgId() } }); // want "deleteMany on tenant-scoped \"Task\" filters by \"currentOrg\", a value every request shares"
  const projects = await prisma.project.findMany({ where: { organizationId: getOrg() } }); // want "findMany on tenant-scoped \"Project\" filters by \"currentOrg\", a value every request shares"
  res.json(projects);
}

// Twins: the function called before the first await, or one returning a
// const of the module.
function systemOrg() {
  return SYSTEM_ORG;
}

export async function listThroughGetterFirst() {
  const orgId = getOrg();
  await audit("list");
  await prisma.project.findMany({ where: { organizationId: orgId } });
  return prisma.project.findMany({ where: { organizationId: systemOrg() } });
}

// A static field of a class of the module, set per request: every
// request shares it as it shares a let.
export class RequestContext {
  static orgId: string;
  static readonly systemOrg = "system";
}

export function contextMiddleware(req: Request, _res: Response, next: NextFunction) {
  RequestContext.orgId = req.session.organizationId;
  next();
}

export async function listThroughStatic(req: Request, res: Response) {
  await audit("list");
  const projects = await prisma.project.findMany({ where: { organizationId: RequestContext.orgId } }); // want "findMany on tenant-scoped \"Project\" filters by \"RequestContext.orgId\", a value every request shares"
  res.json(projects);
}

// Twins: the static field read before the first await, or a readonly one.
export async function listThroughStaticFirst() {
  const orgId = RequestContext.orgId;
  await audit("list");
  await prisma.project.findMany({ where: { organizationId: orgId } });
  return prisma.project.findMany({ where: { organizationId: RequestContext.systemOrg } });
}

declare function Injectable(options?: { scope?: number }): ClassDecorator;
declare const Scope: { REQUEST: number };

// A field of a singleton service a method sets: one instance serves every
// request, so after an await the field may hold another request's
// organization.
@Injectable()
export class ProjectService {
  private currentOrg = "";

  async listFor(orgId: string) {
    this.currentOrg = orgId;
    await audit("list");
    return prisma.project.findMany({ where: { organizationId: this.currentOrg } }); // want "findMany on tenant-scoped \"Project\" filters by \"this.currentOrg\", a value every request shares"
  }
}

// Twins: the same service asked per request, and a field set only by the
// constructor.
@Injectable({ scope: Scope.REQUEST })
export class RequestProjectService {
  private currentOrg = "";

  async listFor(orgId: string) {
    this.currentOrg = orgId;
    await audit("list");
    return prisma.project.findMany({ where: { organizationId: this.currentOrg } });
  }
}

@Injectable()
export class FixedProjectService {
  constructor(private readonly orgId: string) {}

  async list() {
    await audit("list");
    return prisma.project.findMany({ where: { organizationId: this.orgId } });
  }
}

// The variable in a list the tenant must be in: after an await it may be
// another request's organization.
export async function listInList(req: Request, res: Response) {
  await audit("list");
  const projects = await prisma.project.findMany({ where: { organizationId: { in: [currentOrg] } } }); // want "findMany on tenant-scoped \"Project\" filters by \"currentOrg\", a value every request shares"
  res.json(projects);
}

// Twin: a list of this request's organizations.
export async function listInOwnList(req: Request) {
  await audit("list");
  return prisma.project.findMany({ where: { organizationId: { in: [req.session.organizationId, SYSTEM_ORG] } } });
}

// Read in a callback a promise runs once it settles: other requests run
// in between, as they do across an await.
export function listAfterThen(req: Request, res: Response) {
  return audit("list")
    .then(() => prisma.project.findMany({ where: { organizationId: currentOrg } })) // want "findMany on tenant-scoped \"Project\" filters by \"currentOrg\", a value every request shares"
    .then((projects: unknown) => res.json(projects));
}

// Twin: the value copied before the promise, read in its callback.
export function listAfterThenCopied(req: Request, res: Response) {
  const orgId = currentOrg;
  return audit("list")
    .then(() => prisma.project.findMany({ where: { organizationId: orgId } }))
    .then((projects: unknown) => res.json(projects));
}

// Read in a for await loop: each step awaits the next element, and other
// requests run in between.
export async function clearStreamed(titles: AsyncIterable<string>) {
  for await (const title of titles) {
    await prisma.task.deleteMany({ where: { title, organizationId: currentOrg } }); // want "deleteMany on tenant-scoped \"Task\" filters by \"currentOrg\", a value every request shares"
  }
}

// Twin: the value copied before the loop.
export async function clearStreamedCopied(titles: AsyncIterable<string>) {
  const orgId = currentOrg;
  for await (const title of titles) {
    await prisma.task.deleteMany({ where: { title, organizationId: orgId } });
  }
}

// Read in a loop whose turn awaits: from the second turn on, other
// requests have run.
export async function clearEach(titles: string[]) {
  for (const title of titles) {
    await prisma.task.deleteMany({ where: { title, organizationId: currentOrg } }); // want "deleteMany on tenant-scoped \"Task\" filters by \"currentOrg\", a value every request shares"
  }
}

// Twin: the loop's turns never await.
export async function clearAllAtOnce(titles: string[]) {
  const deletions = [];
  for (const title of titles) {
    deletions.push(prisma.task.deleteMany({ where: { title, organizationId: currentOrg } }));
  }
  return Promise.all(deletions);
}
