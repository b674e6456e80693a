export let assertCustomer = async (organizationId: string, id: string) => {
  console.log(organizationId, id);
};
