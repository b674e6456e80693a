export * from "./d";
