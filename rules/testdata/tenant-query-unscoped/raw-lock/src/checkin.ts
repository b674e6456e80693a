import { countAsset, lockAnyAsset, lockArchivedAsset, lockEitherAsset, peekAsset } from "./lock";
// Imported through a path alias, as Shelf imports it.
import { lockAsset } from "~/lock";

declare const db: any;

// Shelf's checkinBooking: the booking is the org's, the asset each of its
// links points at may be another org's, until the org-scoped lock finds
// it.
export async function checkin(id: string, organizationId: string) {
  const booking = await db.booking.findFirst({ where: { id, organizationId }, include: { links: true } });
  if (!booking) return;
  await db.$transaction(async (tx: any) => {
    for (const link of booking.links) {
      const locked = await lockAsset(tx, link.assetId, organizationId);
      await tx.asset.update({ where: { id: link.assetId }, data: { quantity: locked.quantity - 1 } });
    }
  });
}

// The same through slices mapped from the links, in a transaction.
export async function checkinSlices(id: string, organizationId: string) {
  const booking = await db.booking.findFirst({ where: { id, organizationId }, include: { links: { include: { asset: true } } } });
  if (!booking) return;
  const slices = booking.links.filter((l: any) => l.asset.quantity > 0).map((l: any) => ({ id: l.id, assetId: l.assetId }));
  await db.$transaction(async (tx: any) => {
    for (const slice of slices) {
      const locked = await lockAsset(tx, slice.assetId, organizationId);
      if (locked.quantity > 0) {
        await tx.asset.update({ where: { id: slice.assetId }, data: { quantity: 0 } });
      }
    }
  });
}

// Near misses: no lock first, a lock of another id, a helper that does
// not throw, SQL without the tenant, a count, an OR.
export async function checkinUnlocked(id: string, organizationId: string, otherId: string) {
  const booking = await db.booking.findFirst({ where: { id, organizationId }, include: { links: true } });
  if (!booking) return;
  await db.$transaction(async (tx: any) => {
    for (const link of booking.links) {
      await tx.asset.update({ where: { id: link.assetId }, data: {} }); // want "update on tenant-scoped \"Asset\" does not filter by the tenant"
      await lockAsset(tx, otherId, organizationId);
      await tx.asset.update({ where: { id: link.assetId }, data: {} }); // want "update on tenant-scoped \"Asset\" does not filter by the tenant"
      await peekAsset(tx, link.assetId, organizationId);
      await tx.asset.update({ where: { id: link.assetId }, data: {} }); // want "update on tenant-scoped \"Asset\" does not filter by the tenant"
      await lockAnyAsset(tx, link.assetId, organizationId);
      await tx.asset.update({ where: { id: link.assetId }, data: {} }); // want "update on tenant-scoped \"Asset\" does not filter by the tenant"
      await countAsset(tx, link.assetId, organizationId);
      await tx.asset.update({ where: { id: link.assetId }, data: {} }); // want "update on tenant-scoped \"Asset\" does not filter by the tenant"
      await lockEitherAsset(tx, link.assetId, organizationId);
      await tx.asset.update({ where: { id: link.assetId }, data: {} }); // want "update on tenant-scoped \"Asset\" does not filter by the tenant"
    }
  });
}

// Near miss: the lock runs only on one branch, or after the write.
export async function checkinSometimes(id: string, organizationId: string, strict: boolean) {
  const booking = await db.booking.findFirst({ where: { id, organizationId }, include: { links: true } });
  if (!booking) return;
  for (const link of booking.links) {
    if (strict) {
      await lockAsset(db, link.assetId, organizationId);
    }
    await db.asset.update({ where: { id: link.assetId }, data: {} }); // want "update on tenant-scoped \"Asset\" does not filter by the tenant"
    await db.asset.delete({ where: { id: link.assetId } }); // want "delete on tenant-scoped \"Asset\" does not filter by the tenant"
    await lockAsset(db, link.assetId, organizationId);
  }
}

// Near miss: the lock is of a table of another schema.
export async function checkinArchived(id: string, organizationId: string) {
  const booking = await db.booking.findFirst({ where: { id, organizationId }, include: { links: true } });
  if (!booking) return;
  for (const link of booking.links) {
    await lockArchivedAsset(db, link.assetId, organizationId);
    await db.asset.update({ where: { id: link.assetId }, data: {} }); // want "update on tenant-scoped \"Asset\" does not filter by the tenant"
  }
}
