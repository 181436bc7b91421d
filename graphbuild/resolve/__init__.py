"""Resolve: text mentions → actors (gazetteer, dated roles, coreference, new actors)."""
