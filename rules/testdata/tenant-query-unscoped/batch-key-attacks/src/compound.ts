declare const db: any;
declare function nanoid(): string;

// A board keyed by its tenant and id: the new board's id names another
// tenant's board when the pin gives another tenant.
export async function compoundOther(orgId: number, otherOrg: number, boardId: string) {
  return db.$transaction([
    db.board.create({ data: { id: boardId, organizationId: orgId } }),
    db.pin.create({ data: { id: nanoid(), boardOrg: otherOrg, boardId } }), // want "create on \"Pin\" links a \"Board\""
  ]);
}
