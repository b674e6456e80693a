# Declared: the rules apply however few models carry the field yet.
tenancy {
  fields = ["workspaceId"]
}
