# typebot.io's tenant is the workspace.
tenancy {
  fields = ["workspaceId"]
}
