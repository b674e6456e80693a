import { db } from "./db";

// Shelf's preferred barcode: looked up with the team under a test that
// also reads whether the field was sent, through a flag that holds only
// if the row was found (and is narrowed only while it holds), then
// written under the same test of the field.
export async function setPreferred(id: string, teamId: string, preferredBarcodeId: string | null | undefined, barcodes: { id: string }[] | undefined) {
  const targetPreferred: string | null = preferredBarcodeId ? preferredBarcodeId : null;
  if (preferredBarcodeId !== undefined && targetPreferred !== null) {
    const owned = await db.barcode.findFirst({ where: { id: targetPreferred, assetId: id, teamId } });
    let isMember = Boolean(owned);
    if (isMember && barcodes !== undefined) {
      isMember = barcodes.some((bc) => bc.id === targetPreferred);
    }
    if (!isMember) {
      throw new Error("not this asset's barcode");
    }
  }
  if (preferredBarcodeId !== undefined) {
    await db.$transaction(async (tx) => {
      const current = await tx.asset.findUniqueOrThrow({ where: { id, teamId } });
      if (current.preferredBarcodeId !== targetPreferred) {
        await tx.asset.update({ where: { id, teamId }, data: { preferredBarcodeId: targetPreferred } });
      }
    });
  }
}

// Written without the field's test: the lookup may not have run.
export async function setWithoutTest(id: string, teamId: string, sent: boolean, raw: string | null) {
  const target = raw;
  if (sent && target !== null) {
    const owned = await db.barcode.findFirst({ where: { id: target, teamId } });
    const isMember = Boolean(owned);
    if (!isMember) throw new Error("not found");
  }
  await db.asset.update({ where: { id, teamId }, data: { preferredBarcodeId: target } }); // want "update on \"Asset\" links a \"Barcode\" by \"preferredBarcodeId\" alone"
}

// The flag set true whatever the lookup found.
export async function setForced(id: string, teamId: string, sent: boolean, raw: string | null) {
  const target = raw;
  if (sent && target !== null) {
    const owned = await db.barcode.findFirst({ where: { id: target, teamId } });
    let isMember = Boolean(owned);
    if (sent) {
      isMember = true;
    }
    if (!isMember) throw new Error("not found");
  }
  if (sent) {
    await db.asset.update({ where: { id, teamId }, data: { preferredBarcodeId: target } }); // want "update on \"Asset\" links a \"Barcode\" by \"preferredBarcodeId\" alone"
  }
}

// The field's test changed between the lookup and the write.
export async function setMoved(id: string, teamId: string, sent: boolean, raw: string | null) {
  const target = raw;
  if (sent && target !== null) {
    const owned = await db.barcode.findFirst({ where: { id: target, teamId } });
    const isMember = owned !== null;
    if (!isMember) throw new Error("not found");
  }
  sent = true;
  if (sent) {
    await db.asset.update({ where: { id, teamId }, data: { preferredBarcodeId: target } }); // want "update on \"Asset\" links a \"Barcode\" by \"preferredBarcodeId\" alone"
  }
}

// The lookup without the team.
export async function setUnscoped(id: string, teamId: string, sent: boolean, raw: string | null) {
  const target = raw;
  if (sent && target !== null) {
    const owned = await db.barcode.findFirst({ where: { id: target } }); // want "findFirst on tenant-scoped \"Barcode\""
    const isMember = !!owned;
    if (!isMember) throw new Error("not found");
  }
  if (sent) {
    await db.asset.update({ where: { id, teamId }, data: { preferredBarcodeId: target } }); // want "update on \"Asset\" links a \"Barcode\" by \"preferredBarcodeId\" alone"
  }
}

// The flag not read from the row.
export async function setUnread(id: string, teamId: string, sent: boolean, raw: string | null, ok: boolean) {
  const target = raw;
  if (sent && target !== null) {
    const owned = await db.barcode.findFirst({ where: { id: target, teamId } });
    const isMember = ok;
    if (!isMember) throw new Error(String(owned));
  }
  if (sent) {
    await db.asset.update({ where: { id, teamId }, data: { preferredBarcodeId: target } }); // want "update on \"Asset\" links a \"Barcode\" by \"preferredBarcodeId\" alone"
  }
}
