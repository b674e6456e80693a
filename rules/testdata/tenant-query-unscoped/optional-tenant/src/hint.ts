declare const prisma: any;

// A model whose own tenant field is optional but whose required contact
// carries it: the message names the required chain, since a where on the
// optional field misses the rows that leave it empty.
export async function unscoped(messageId: string, link: string) {
  await prisma.email.update({ where: { messageId }, data: {} }); // want "update on tenant-scoped \"Email\" does not filter by the tenant; add contact: \\{ projectId \\} to its where"
  await prisma.click.findFirst({ where: { link } }); // want "findFirst on tenant-scoped \"Click\" does not filter by the tenant; add email: \\{ contact: \\{ projectId \\} \\} to its where"
}

// The chain the message names is a filter the rule accepts, and so is the
// optional field itself: it keeps no other project's rows.
export async function scoped(projectId: string, messageId: string, link: string) {
  await prisma.email.update({ where: { messageId, contact: { projectId } }, data: {} });
  await prisma.click.findFirst({ where: { link, email: { contact: { projectId } } } });
  await prisma.email.findFirst({ where: { messageId, projectId } });
  await prisma.click.findFirst({ where: { link, email: { projectId } } });
}

// Twins: with no required chain to a model that requires the field, the
// message names the optional field.
export async function noChain(id: string) {
  await prisma.org.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Org\" does not filter by the tenant; add projectId to its where"
  await prisma.note.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Note\" does not filter by the tenant; add projectId to its where"
}
