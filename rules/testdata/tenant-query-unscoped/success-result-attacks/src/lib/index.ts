export { checkTags, checkLoose as checkStrict } from "./tags";
