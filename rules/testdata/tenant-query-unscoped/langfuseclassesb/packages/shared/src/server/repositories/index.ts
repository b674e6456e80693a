export * from "./automation-repository";
