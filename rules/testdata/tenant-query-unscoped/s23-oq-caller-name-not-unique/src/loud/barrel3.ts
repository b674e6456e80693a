export { reexportedHandler as otherName } from "./reexported.handler";
