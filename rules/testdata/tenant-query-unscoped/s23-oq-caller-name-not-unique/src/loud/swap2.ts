import * as real from "./computed.handler";
// Its own function of the name, given ours by a computed key.
function computedHandler(_: unknown) {
  return null;
}
// @ts-ignore
computedHandler = (real as any)["computed" + "Handler"];
export default computedHandler;
