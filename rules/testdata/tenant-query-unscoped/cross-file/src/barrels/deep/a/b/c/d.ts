export const assertCustomer = async (organizationId: string, id: string) => {
  console.log(organizationId, id);
};
