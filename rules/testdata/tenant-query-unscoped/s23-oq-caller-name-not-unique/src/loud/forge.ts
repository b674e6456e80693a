import h from "./default-imported.handler";
import * as ns from "./default-ns.handler";
import { publicHandler } from "./renamed.handler";
import { aliasOfDefault } from "./barrel";
import { defaultNamedX } from "./barrel2";
import { callHandler } from "./table.handler";
const built = (id: string) => ({ ctx: { session: { user: { id } } } }) as any;
export async function forge(userId: string) {
  await h(built(userId));
  await ns.default(built(userId));
  await (await import("./default-dyn.handler")).default(built(userId));
  const m = require("./default-req.handler");
  await m.default(built(userId));
  await aliasOfDefault(built(userId));
  await publicHandler(built(userId));
  await defaultNamedX(built(userId));
  await callHandler.call(null, built(userId));
  const cjs = require("./cjs.handler");
  await cjs(built(userId));
  const { shadowHandler } = await import("./elsewhere-shadow.handler");
  await shadowHandler(built(userId));
  const typedHandler: typeof import("./elsewhere-shadow.handler").typedHandler = (await import("./elsewhere-shadow.handler")).typedHandler;
  await typedHandler(built(userId));
}
import { otherName } from "./barrel3";
export const forgeAgain = (userId: string) => otherName(built(userId));
import reqd = require("./default-eq.handler");
import { nsx } from "./barrel4";
export const forgeMore = async (userId: string) => {
  await reqd.default(built(userId));
  await nsx.default(built(userId));
};
