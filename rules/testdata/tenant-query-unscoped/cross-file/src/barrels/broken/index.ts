// One module of the barrel cannot be read: it may give the name too.
export * from "./unread";
export * from "../../customers/lookup";
