declare const base: any;

// A model extension may give a model an operation of its own, whose
// arguments are not Prisma's.
export const prisma = base.$extends({
  model: {
    project: {
      async update(values: { name: string }) {
        return values;
      },
    },
  },
});
