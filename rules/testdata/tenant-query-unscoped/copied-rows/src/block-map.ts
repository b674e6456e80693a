declare const db: any;
declare function invariant(v: unknown, message: string): asserts v;
declare function reset(held: any): void;

// Foreign keys of the organization's locations, mapped by a block that
// asserts each before returning it: Shelf's bulkDeleteLocations.
export async function bulkDelete(locationIds: string[], organizationId: string) {
  const locations = await db.location.findMany({ where: { id: { in: locationIds }, organizationId } });
  const withImages = locations.filter((location: any) => !!location.imageId);
  await db.image.deleteMany({
    where: {
      id: {
        in: withImages.map((location: any) => {
          invariant(location.imageId, "Image not found to delete");
          return location.imageId;
        }),
      },
    },
  });
}

// A block that rewrites the key returns another.
export async function bulkDeleteRewritten(locationIds: string[], organizationId: string, other: string) {
  const locations = await db.location.findMany({ where: { id: { in: locationIds }, organizationId } });
  await db.image.deleteMany({ // want "deleteMany on tenant-scoped \"Image\" does not filter"
    where: {
      id: {
        in: locations.map((location: any) => {
          location.imageId = other;
          return location.imageId;
        }),
      },
    },
  });
}

// A block that returns something else than the element's key.
export async function bulkDeleteOther(locationIds: string[], organizationId: string, other: { imageId: string }) {
  const locations = await db.location.findMany({ where: { id: { in: locationIds }, organizationId } });
  await db.image.deleteMany({ // want "deleteMany on tenant-scoped \"Image\" does not filter"
    where: {
      id: {
        in: locations.map((location: any) => {
          invariant(location.imageId, "Image not found to delete");
          return other.imageId;
        }),
      },
    },
  });
}

// Locations read by the caller's ids alone.
export async function bulkDeleteUnchecked(locationIds: string[]) {
  const locations = await db.location.findMany({ where: { id: { in: locationIds } } }); // want "findMany on tenant-scoped \"Location\" does not filter"
  await db.image.deleteMany({ // want "deleteMany on tenant-scoped \"Image\" does not filter"
    where: {
      id: {
        in: locations.map((location: any) => {
          return location.imageId;
        }),
      },
    },
  });
}

// A call handed the element itself may rewrite its key.
export async function bulkDeleteHanded(locationIds: string[], organizationId: string, other: string) {
  const locations = await db.location.findMany({ where: { id: { in: locationIds }, organizationId } });
  await db.image.deleteMany({ // want "deleteMany on tenant-scoped \"Image\" does not filter"
    where: {
      id: {
        in: locations.map((location: any) => {
          Object.assign(location, { imageId: other });
          return location.imageId;
        }),
      },
    },
  });
}

// A call handed the element inside an object may rewrite its key too.
export async function bulkDeleteHandedInObject(locationIds: string[], organizationId: string) {
  const locations = await db.location.findMany({ where: { id: { in: locationIds }, organizationId } });
  await db.image.deleteMany({ // want "deleteMany on tenant-scoped \"Image\" does not filter"
    where: {
      id: {
        in: locations.map((location: any) => {
          reset({ location });
          return location.imageId;
        }),
      },
    },
  });
}
