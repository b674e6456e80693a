declare const prisma: any;
declare function getSession(): Promise<{ user: { teamId: string; admin: boolean } } | null>;
declare function apiKeySession(k: string): Promise<{ user: { teamId: string; admin: boolean } } | null>;

// RT1: the function left without the outer session; the branch tests
// an inner one, which may be null.
export async function rt1(projectId: string, key: string) {
  const session = await getSession();
  if (!session) return { status: 401 };
  {
    const session = await apiKeySession(key);
    if (session) {
      const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
      if (!project) return { status: 403 };
    }
    return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
  }
}

// RT2: the key changed after the check.
export async function rt2(projectId: string, body: { projectId: string }) {
  const session = await getSession();
  if (!session) return { status: 401 };
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  projectId = body.projectId;
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT3: a labelled break leaves the branch before the check.
export async function rt3(projectId: string) {
  const session = await getSession();
  if (!session) return { status: 401 };
  check: if (session) {
    if (session.user.admin) break check;
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT4: the check looks up another id, declared in the branch.
export async function rt4(projectId: string, body: { other: string }) {
  const session = await getSession();
  if (!session) return { status: 401 };
  if (session) {
    const projectId = body.other;
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT5: the lookup is not awaited: a promise is never falsy.
export async function rt5(projectId: string) {
  const session = await getSession();
  if (!session) return { status: 401 };
  if (session) {
    const project = prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT7: the branch's check is in a try whose catch swallows the exit.
export async function rt7(projectId: string) {
  const session = await getSession();
  if (!session) return { status: 401 };
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    try {
      if (!project) throw new Error("403");
    } catch (e) {
      console.log(e);
    }
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT8: the early exit is in a callback, not the function.
export async function rt8(projectId: string) {
  const session = await getSession();
  [1].forEach(() => {
    if (!session) return;
  });
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT9: the early exit only leaves a switch case.
export async function rt9(projectId: string, kind: string) {
  const session = await getSession();
  switch (kind) {
    case "a": {
      if (!session) return { status: 401 };
      break;
    }
  }
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT10: the session given another value by destructuring.
export async function rt10(projectId: string, other: any) {
  let session = await getSession();
  if (!session) return { status: 401 };
  ({ session } = other);
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT11: a var declared again later in the function is one binding.
export async function rt11(projectId: string, other: any) {
  var session = await getSession();
  if (!session) return { status: 401 };
  var session = other;
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT12: the check is in a callback the branch only makes.
export async function rt12(projectId: string) {
  const session = await getSession();
  if (!session) return { status: 401 };
  if (session) {
    const check = async () => {
      const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
      if (!project) throw new Error("403");
    };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}

// RT13: the exit returns only from a nested function declared in the if.
export async function rt13(projectId: string, req: any) {
  const session = await getSession();
  if (!session || req.skip) {
    function deny() { return { status: 401 }; }
    deny();
  }
  if (session) {
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return { status: 403 };
  }
  return prisma.evaluation.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Evaluation\" does not filter by the tenant"
}
