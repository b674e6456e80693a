import { ManyDefined, OtherDefined } from "./redefined";

export const many = new ManyDefined();
Object.defineProperties(many, {
  ensureManyDefined: { value: async () => {} },
});

export const other = new OtherDefined();
Object.defineProperties(other, { label: { get: () => "other" } });
