# Declared, so the tenancy rules apply whatever the guess would say.
tenancy {
  fields = ["organizationId"]
}
