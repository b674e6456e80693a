import * as real from "./reassigned.handler";
function swappedHandler(_: unknown) {
  return null;
}
// @ts-ignore
swappedHandler = real.swappedHandler;
export default swappedHandler;
