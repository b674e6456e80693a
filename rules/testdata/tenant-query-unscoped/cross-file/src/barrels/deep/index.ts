// The name also comes from a module further down than the barrels are
// searched.
export * from "./a";
export * from "../../customers/lookup";
