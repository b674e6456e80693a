export /* the lookup without its tenant */ * from "./shadow";
