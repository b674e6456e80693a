// The module's own export hides the one its star line brings.
export * from "../../customers/lookup";
export const assertCustomer = async (organizationId: string, id: string) => {
  console.log(organizationId, id);
};
