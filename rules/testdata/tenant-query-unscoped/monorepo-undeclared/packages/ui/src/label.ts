// A string that merely contains the name is no import.
export const label = (store: any) => store.project.findMany({ where: { title: "see @acme/prisma docs" } });
