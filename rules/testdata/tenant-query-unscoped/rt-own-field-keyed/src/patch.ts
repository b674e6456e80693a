// Copies every entry of a request body onto the object it is handed, the
// service among them, by keys it does not name.
export function patch(target: any, body: Record<string, unknown>) {
  for (const k of Object.keys(body)) target[k] = body[k];
}
