declare const db: any;
declare function nanoid(): string;

// A map created in the tenant and its folders written under it in one
// batch transaction (placemark's combined map): the list runs in order
// and all or nothing, and a create whose id another row holds fails the
// whole list, so the folders' mapId names the tenant's new map.
export async function combine(orgId: number, folderId: string | null, names: string[]) {
  const mapId = nanoid();
  const folders = names.map((name) => ({ id: nanoid(), name, mapId }));
  const copies = names.map((name) => {
    const id = nanoid();
    return { id, name, mapId };
  });
  return db.$transaction([
    db.map.create({
      data: {
        id: mapId,
        ...(folderId ? { mapFolder: { connect: { id: folderId } } } : {}), // want "create on \"Map\" links a \"MapFolder\" by \\{ id \\} alone"
        name: "Combined map",
        organization: { connect: { id: orgId } },
      },
    }),
    db.folder.createMany({ data: folders }),
    db.folder.createMany({ data: copies }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }),
  ]);
}

// Written before the create runs; a create of no tenant; a key the create
// does not give, or gives another model; a spread or a computed key that
// may replace the create's id.
export async function before(orgId: number) {
  const mapId = nanoid();
  return db.$transaction([
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
    db.map.create({ data: { id: mapId, name: "m", organization: { connect: { id: orgId } } } }),
  ]);
}

export async function noTenant(orgId: number) {
  const mapId = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: "m" } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function otherKey(orgId: number, mapId: string) {
  const newId = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: newId, name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function otherModel(orgId: number) {
  const mapId = nanoid();
  return db.$transaction([
    db.mapFolder.create({ data: { id: mapId, organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function spreadAfter(orgId: number, input: object) {
  const mapId = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...input, name: "m", organizationId: orgId } }), // want "cannot see what create on \"Map\" links through this spread"
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function computedAfter(orgId: number, key: string, other: string) {
  const mapId = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: mapId, [key]: other, name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// The name given another value between the create and the write.
export async function reassigned(orgId: number, otherId: string) {
  let mapId = nanoid();
  const write = () => db.folder.create({ data: { id: nanoid(), name: "x", mapId } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  const create = db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } });
  mapId = otherId;
  return db.$transaction([create, write()]);
}
