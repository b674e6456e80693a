// Two star lines give the name, one of them in a way the helper index
// does not read (a let): TypeScript exports neither.
export * from "./unchecked";
export * from "../../customers/lookup";
