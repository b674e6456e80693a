// The module's own export, its name spelt with an escape, hides the one
// its star line brings.
export * from "../../customers/lookup";
export const assert\u0043ustomer = async (organizationId: string, id: string) => {
  console.log(organizationId, id);
};
