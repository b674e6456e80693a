export { withFakeClient as renamedFake } from "./clientwrappers";
