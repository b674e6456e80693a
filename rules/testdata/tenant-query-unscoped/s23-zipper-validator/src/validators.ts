// A namespace that is not Prisma's, whose validator may change the object.
export const Prisma = {
  validator: <T>() => (o: T) => ({ ...o, id: false }),
};
