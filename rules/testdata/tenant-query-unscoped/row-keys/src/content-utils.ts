// Helpers the services import: the version a content shows in a place,
// read from the placements it was loaded with.
export const placedVersionId = (content: any, placementId: string): string | undefined => {
  return content.placements.find((p: any) => p.id === placementId)?.publishedVersionId;
};

export function firstPlacedVersionId(content: any) {
  return content.placements.findLast((p: any) => p.publishedVersionId)?.publishedVersionId;
}

// The placement's own key, not its version's.
export const placementKey = (content: any, placementId: string) => content.placements.find((p: any) => p.id === placementId)?.id;

// A find whose callback rewrites the key it then returns.
export const patchedVersionId = (content: any, other: string) =>
  content.placements.find((p: any) => (p.publishedVersionId = other))?.publishedVersionId;

// The row's key read from the second argument, not the content.
export const otherVersionId = (content: any, other: any) => other.placements.find((p: any) => p.id === content.id)?.publishedVersionId;
