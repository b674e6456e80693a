declare class NotFound extends Error {}

// Shelf's lockAssetForQuantityUpdate: the org's asset row, locked, or a
// throw when the org has no asset of that id.
export async function lockAsset(tx: any, assetId: string, organizationId: string) {
  const result = await tx.$queryRaw<any[]>`
    SELECT * FROM "Asset" WHERE id = ${assetId} AND "organizationId" = ${organizationId} FOR UPDATE
  `;
  if (!result || result.length === 0) {
    throw new NotFound("Asset not found");
  }
  return result[0];
}

// Near misses: a helper that hands back nothing instead of throwing, one
// whose SQL leaves out the tenant, one that counts (a row even when none
// matched), one whose SQL limits the key by a value of its own.
export async function peekAsset(tx: any, assetId: string, organizationId: string) {
  const result = await tx.$queryRaw<any[]>`SELECT * FROM "Asset" WHERE id = ${assetId} AND "organizationId" = ${organizationId} FOR UPDATE`;
  if (!result || result.length === 0) {
    return null;
  }
  return result[0];
}

export async function lockAnyAsset(tx: any, assetId: string, organizationId: string) {
  const result = await tx.$queryRaw<any[]>`SELECT * FROM "Asset" WHERE id = ${assetId} FOR UPDATE`;  // want "reads table \"Asset\" without a condition on \"organizationId\""
  if (!result || result.length === 0) {
    throw new NotFound(organizationId);
  }
  return result[0];
}

export async function countAsset(tx: any, assetId: string, organizationId: string) {
  const result = await tx.$queryRaw<any[]>`SELECT count(*) FROM "Asset" WHERE id = ${assetId} AND "organizationId" = ${organizationId}`;
  if (!result || result.length === 0) {
    throw new NotFound("Asset not found");
  }
  return result[0];
}

export async function lockEitherAsset(tx: any, assetId: string, organizationId: string) {
  const result = await tx.$queryRaw<any[]>`SELECT * FROM "Asset" WHERE id = ${assetId} OR "organizationId" = ${organizationId} FOR UPDATE`;  // want "reads table \"Asset\" without a condition on \"organizationId\""
  if (!result || result.length === 0) {
    throw new NotFound("Asset not found");
  }
  return result[0];
}

// Near miss: the SQL locks a row of a table of that name in another
// schema, not the org's asset.
export async function lockArchivedAsset(tx: any, assetId: string, organizationId: string) {
  const result = await tx.$queryRaw<any[]>`SELECT * FROM archive."Asset" WHERE id = ${assetId} AND "organizationId" = ${organizationId} FOR UPDATE`;
  if (!result || result.length === 0) {
    throw new NotFound("Asset not found");
  }
  return result[0];
}
