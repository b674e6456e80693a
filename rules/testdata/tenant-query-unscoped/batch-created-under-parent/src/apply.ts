declare const db: any;
declare function createId(): string;

// dub's program application: the application and its enrollment under
// the same program, in one batch transaction; the enrollment links the
// application the list just made.
export async function apply(id: string, orgId: number) {
  const program = await db.program.findFirstOrThrow({ where: { id, organizationId: orgId } });
  const applicationId = createId();
  return db.$transaction([
    db.application.create({ data: { id: applicationId, programId: program.id } }),
    db.enrollment.create({ data: { id: createId(), programId: program.id, applicationId } }),
  ]);
}

// A computed key or a getter after the id may give the application
// another id: the enrollment then links a row the list did not make.
export async function applyComputed(id: string, orgId: number, key: string, other: string) {
  const program = await db.program.findFirstOrThrow({ where: { id, organizationId: orgId } });
  const applicationId = createId();
  return db.$transaction([
    db.application.create({ data: { id: applicationId, [key]: other, programId: program.id } }),
    db.enrollment.create({ data: { id: createId(), programId: program.id, applicationId } }), // want "create on \"Enrollment\" links a \"Application\" by \"applicationId\" alone"
  ]);
}

export async function applyGetter(id: string, orgId: number, other: string) {
  const program = await db.program.findFirstOrThrow({ where: { id, organizationId: orgId } });
  const applicationId = createId();
  return db.$transaction([
    db.application.create({ data: { id: applicationId, get id() { return other; }, programId: program.id } }), // want "cannot see what create on \"Application\" links through this spread"
    db.enrollment.create({ data: { id: createId(), programId: program.id, applicationId } }), // want "create on \"Enrollment\" links a \"Application\" by \"applicationId\" alone"
  ]);
}
