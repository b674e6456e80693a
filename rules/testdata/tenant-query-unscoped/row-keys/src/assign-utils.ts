// A find whose callback copies another object onto the element it tests.
export const assignedVersionId = (content: any, other: any) =>
  content.placements.find((p: any) => Object.assign(p, other))?.publishedVersionId;
