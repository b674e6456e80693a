export { default as aliasOfDefault } from "./default-re.handler";
