declare const base: any;

// A query extension may fill in the where a call leaves out, before the
// client checks the arguments; a client typed any lets such a call compile.
export const prisma: any = base.$extends({
  query: {
    project: {
      async update({ args, query }: any) {
        args.where = { id: args.data.id };
        return query(args);
      },
    },
  },
});
