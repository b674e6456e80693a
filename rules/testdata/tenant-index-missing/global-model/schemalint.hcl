# Login rows hold every community's users: declared global, their
# accountId is no tenant's key.
tenancy {
  fields        = ["accountId"]
  global_models = ["Login"]
}
