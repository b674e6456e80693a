declare const prisma: any;
declare function getSession(): Promise<{ user: { teamId: string } } | null>;

// The project is checked with the team under `if (session)`, after the
// function has left without a session: that branch always runs, so the
// project is the caller's team's when the evaluations are read
// (langtrace's human-eval routes).
export async function average(projectId: string) {
  const session = await getSession();
  if (!session || !session.user) {
    return { status: 401 };
  }
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId, score: { not: null } } });
}

export async function thrown(projectId: string) {
  const session = await getSession();
  if (!session) throw new Error("signed out");
  for (const n of [1]) console.log(n);
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) throw new Error("not found");
  }
  return prisma.evaluation.count({ where: { projectId } });
}

// Near misses: nothing leaves without a session, the early branch only
// logs, it leaves on another name, or it comes after the check.
export async function noEarlyExit(projectId: string) {
  const session = await getSession();
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

export async function onlyLogs(projectId: string) {
  const session = await getSession();
  if (!session || !session.user) {
    console.log("unauthorized");
  }
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

export async function otherName(projectId: string, apiKey: string) {
  const session = await getSession();
  if (!apiKey) return { status: 401 };
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

export async function bothNeeded(projectId: string, apiKey: string) {
  const session = await getSession();
  if (!session && !apiKey) return { status: 401 };
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

export async function exitAfter(projectId: string) {
  let session = await getSession();
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  if (!session) return { status: 401 };
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

export async function reassigned(projectId: string, other: any) {
  let session = await getSession();
  if (!session) return { status: 401 };
  session = other;
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// A function declaration is hoisted: it may run before the check.
export async function hoisted(projectId: string) {
  const session = await getSession();
  if (!session) return { status: 401 };
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  async function read() {
    return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
  }
  return read;
}
