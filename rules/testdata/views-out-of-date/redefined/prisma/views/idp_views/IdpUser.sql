SELECT id, email -- want "this file redefines the generated view \"IdpUser\" and overrides views \"identity\"; delete it, and change the expose block instead"
FROM "User"
