export const Keys = {
  Customer: {
    id(id: string): string {
      return `customer:id:${id}`;
    },
  },
};
