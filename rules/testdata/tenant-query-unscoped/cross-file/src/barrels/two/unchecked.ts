// A second assertCustomer that checks nothing.
export const assertCustomer = async (organizationId: string, id: string) => {
  console.log(organizationId, id);
};
