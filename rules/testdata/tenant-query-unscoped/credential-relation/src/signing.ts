declare const prisma: any;

// The envelope found through a recipient's token is the one the token was
// issued for: the lookup by the credential is how the tenant is found
// (documenso's signing pages).
export async function byToken(envelopeId: string, token: string) {
  await prisma.envelope.findFirst({ where: { id: envelopeId, recipients: { some: { token } } } });
  await prisma.envelope.findFirstOrThrow({ where: { recipients: { some: { token: { equals: token } } } } });
  await prisma.field.findMany({ where: { envelope: { recipients: { some: { token } } } } });
}

// every and none hold for an envelope without such a recipient; an email
// is no secret; a token that is not equal finds every other envelope.
export async function notByToken(envelopeId: string, token: string, email: string) {
  await prisma.envelope.findFirst({ where: { id: envelopeId, recipients: { every: { token } } } }); // want "findFirst on tenant-scoped \"Envelope\" does not filter"
  await prisma.envelope.findFirst({ where: { id: envelopeId, recipients: { none: { token } } } }); // want "findFirst on tenant-scoped \"Envelope\" does not filter"
  await prisma.envelope.findFirst({ where: { id: envelopeId, recipients: { some: { email } } } }); // want "findFirst on tenant-scoped \"Envelope\" does not filter"
  await prisma.envelope.findMany({ where: { recipients: { some: { token: { not: token } } } } }); // want "findMany on tenant-scoped \"Envelope\" does not filter"
  await prisma.field.findMany({ where: { envelope: { recipients: { every: { token } } } } }); // want "findMany on tenant-scoped \"Field\" does not filter"
}

// The row a token finds, and the keys read from it, are the ones the token
// opens; a row found by an email is anyone's.
export async function rowOfToken(token: string) {
  const recipient = await prisma.recipient.findFirst({ where: { token } });
  if (!recipient) return;
  await prisma.recipient.update({ where: { id: recipient.id }, data: {} });
  await prisma.field.findMany({ where: { envelopeId: recipient.envelopeId } });
  await prisma.envelope.findUniqueOrThrow({ where: { id: recipient.envelopeId } });
}

export async function rowOfEmail(email: string) {
  const recipient = await prisma.recipient.findFirst({ where: { email } }); // want "findFirst on tenant-scoped \"Recipient\" does not filter"
  if (!recipient) return;
  await prisma.recipient.update({ where: { id: recipient.id }, data: {} }); // want "update on tenant-scoped \"Recipient\" does not filter"
  await prisma.field.findMany({ where: { envelopeId: recipient.envelopeId } }); // want "findMany on tenant-scoped \"Field\" does not filter"
  await prisma.envelope.findUniqueOrThrow({ where: { id: recipient.envelopeId } }); // want "findUniqueOrThrow on tenant-scoped \"Envelope\" does not filter"
}

// An id looked up with a token proves itself like one looked up with the
// tenant: only when the lookup found its row.
export async function sameKeyAsToken(envelopeId: string, token: string) {
  const envelope = await prisma.envelope.findFirst({ where: { id: envelopeId, recipients: { some: { token } } } });
  if (!envelope) throw new Error("not found");
  await prisma.field.findMany({ where: { envelopeId } });
}

export async function sameKeyAsTokenUntested(envelopeId: string, token: string) {
  await prisma.envelope.findFirst({ where: { id: envelopeId, recipients: { some: { token } } } });
  await prisma.field.findMany({ where: { envelopeId } }); // want "findMany on tenant-scoped \"Field\" does not filter"
}
