export * from "./plain";
export * from "../barrel/filtered";
