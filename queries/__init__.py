"""Named, parameterised Cypher query modules that run on every store."""
