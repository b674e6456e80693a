export const Keys = {
  Customer: {
    id(id: unknown): string {
      return `customer:id:${id}`;
    },
    // Drops what it is handed: one key for every id.
    any(id: string): string {
      return "customer";
    },
    // Keeps part of it: one key for every id of a prefix.
    short(id: string): string {
      return `customer:${id.slice(0, 4)}`;
    },
    // Runs code before it gives the key.
    logged(id: string): string {
      console.log(id);
      return `customer:${id}`;
    },
    joined: (id: string) => "customer:" + id,
  },
};

export function customerKey(id: string): string {
  return `customer:id:${id}`;
}

export { customerKey as renamedKey };
