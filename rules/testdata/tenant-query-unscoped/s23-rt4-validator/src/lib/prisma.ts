// A local module named for Prisma whose Prisma is the app's own object:
// its validator drops the id.
export const Prisma = {
  validator: <T>() => (o: T) => ({ ...o, id: false }),
};
