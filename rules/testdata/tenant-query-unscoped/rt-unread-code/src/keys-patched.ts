export const PatchedKeys = {
  Customer: {
    id(id: string): string {
      return `customer:id:${id}`;
    },
  },
};

// Another function put in the builder's place.
PatchedKeys.Customer.id = (id: string) => "customer";
