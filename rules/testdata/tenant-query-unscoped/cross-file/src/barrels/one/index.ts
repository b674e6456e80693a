// A barrel: the name comes from the one module of its star lines that
// exports it.
export * from "./types";
export * from "../../customers/lookup";
