import { default as defaultNamedX } from "./default-named.handler";
export { defaultNamedX };
