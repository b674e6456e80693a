export { verifyAny, verifySame as verifyRenamed } from "./impl";
export * from "./impl";
export { default as verifyDefault } from "./impl";
