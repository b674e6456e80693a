export const Keys = {
  Customer: {
    id(id: unknown): string {
      return `customer:id:${id}`;
    },
  },
};
