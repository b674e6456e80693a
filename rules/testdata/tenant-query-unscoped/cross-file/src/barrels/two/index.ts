// Two star lines give the name: TypeScript exports neither.
export * from "../../customers/lookup";
export * from "./unchecked";
