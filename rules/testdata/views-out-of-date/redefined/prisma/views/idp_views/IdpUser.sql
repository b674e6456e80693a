SELECT id, email -- want "this file redefines the generated view \"IdpUser\", which views \"identity\" writes to prisma/views.sql, and wins over it; delete the file and change the expose block instead"
FROM "User"
