export * from "./wide";
export * from "./filtered";
