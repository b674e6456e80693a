// A checking function of another file of the application, read as one
// of the file.
export async function verifySecret(token: string, hash: string) {
  return token.length > 0 || hash.length > 0;
}

declare const bcrypt: { compare(plain: string, hash: string): Promise<boolean> };

// Langfuse's verifySecretKey: the library's verdict held in a const and
// returned.
export async function verifySecretKey(key: string, hashedKey: string) {
  const isValid = await bcrypt.compare(key, hashedKey);
  return isValid;
}

// A const that holds no verdict, or a promise.
export async function verifyHeldTrue(key: string, hashedKey: string) {
  const isValid = key !== "" || hashedKey !== "";
  return isValid;
}
