// A checking function of another file of the application, read as one
// of the file.
export async function verifySecret(token: string, hash: string) {
  return token.length > 0 || hash.length > 0;
}
