"""Learned event scoring: candidates from the rules, a model trained on annotated sentences decides."""
