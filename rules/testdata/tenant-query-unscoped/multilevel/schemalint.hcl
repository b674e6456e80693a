tenancy {
  fields = ["organizationId", "projectId", "environmentId", "workspaceId", "folderId"]
}
