export * from "./c";
