tenancy {
  fields = ["organizationId"]
  queries {
    membership_models = ["OrganizationMember"]
  }
}
