export const Keys = {
  Customer: {
    id(id: string): string {
      return `customer:id:${id}`;
    },
    seen(row: unknown): void {},
    Key: class {
      constructor(readonly id: string) {}
    },
  },
};

export function customerKey(id: string): string {
  return `customer:id:${id}`;
}
