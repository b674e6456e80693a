import { db } from "./db";
import { verifyHeldTrue, verifySecretKey } from "./auth";

// Langfuse's API key service: the credentials a method of the class reads
// from the header, the secret checked by a helper of another file.
export class ApiAuthService {
  private extractCredentials(header: string) {
    const [username, password] = Buffer.from(header, "base64").toString().split(":");
    return { username, password };
  }

  async verify(header: string) {
    const { username: publicKey, password: secretKey } = this.extractCredentials(header);
    const key = await db.apiToken.findUnique({ where: { id: publicKey } });
    if (!key) throw new Error("invalid credentials");
    const isValid = await verifySecretKey(secretKey, key.tokenHash);
    if (!isValid) throw new Error("invalid credentials");
    await db.apiToken.update({ where: { id: publicKey }, data: { lastUsedAt: new Date() } });
    return key.organizationId;
  }

  // Near miss: a helper whose held answer is no verdict.
  async verifyLoosely(header: string) {
    const { username: publicKey, password: secretKey } = this.extractCredentials(header);
    const key = await db.apiToken.findUnique({ where: { id: publicKey } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
    if (!key) throw new Error("invalid credentials");
    const isValid = await verifyHeldTrue(secretKey, key.tokenHash);
    if (!isValid) throw new Error("invalid credentials");
    await db.apiToken.update({ where: { id: publicKey }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
}
