version = 1

rule "tenant-index-mising" {
  severity = "warning"
}
