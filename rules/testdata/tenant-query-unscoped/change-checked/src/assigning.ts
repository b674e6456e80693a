import { AssignedByName, AssignedOther } from "./assigned";

const lenientOverrides = {
  async ensureAssignedByName() {},
};
export const lenientByName = Object.assign(new AssignedByName(), lenientOverrides);

const labels = { label: "other" };
export const labelled = Object.assign(new AssignedOther(), labels);
