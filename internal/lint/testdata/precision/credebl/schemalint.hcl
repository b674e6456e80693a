# CREDEBL: agents, DIDs, schemas, credential definitions, connections,
# issued credentials and verification records belong to an organisation
# (orgId). Users, sessions, roles, the ledger and agent catalogues, the
# geography tables and platform settings are shared, and so are the
# ecosystems (consortia that span organisations), their intents and
# invitations, and the cloud wallets of individual holders. (tenantId on
# org_agents is the wallet agent's own tenant id, not the platform's.)

schema {
  paths = ["libs/prisma-service/prisma/schema.prisma"]
}

tenancy {
  fields = ["orgId"]
  global_models = [
    "user", "account", "session", "token", "org_roles", "user_devices",
    "platform_config", "org_agents_type", "agents_type", "ledgers", "agents",
    "shortening_url", "ledgerConfig", "countries", "states", "cities",
    "user_role", "user_role_mapping", "client_aliases", "ecosystem_roles",
    "ecosystem", "ecosystem_invitations", "intents", "holder_notification",
    "cloud_wallet_user_info",
  ]
}
