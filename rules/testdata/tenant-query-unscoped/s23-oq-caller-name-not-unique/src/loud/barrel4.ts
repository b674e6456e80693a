export * as nsx from "./default-star.handler";
