export function orgWhere(organizationId: string) {
  return { organizationId };
}

export function publishedCourseWhere() {
  return { organization: { kind: "brand" } };
}
