# The identity service: owns the idp schema, exposes allow-listed views in
# idp_views to the products.

schema {
  paths = ["prisma/schema"]
}

tenancy {
  fields = ["tenantId"]
}

sensitive {
  # The defaults cover passwords, PINs, secrets, tokens, hashes, lockout state
  # and failed-attempt counters; add the identity service's own words.
  patterns = ["*password*", "pin", "secret", "token", "hash", "salt", "otp", "totp", "mfa", "lockout", "locked*", "*failed*", "*failures*"]
}
