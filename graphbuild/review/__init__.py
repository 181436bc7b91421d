"""Review and correct a build: the corrections file (operations), the stage that applies it on every build,
and its export as training annotations."""
