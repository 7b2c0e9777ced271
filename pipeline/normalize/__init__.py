"""Normalizers, one module per kind: pure functions from a mention's text (and its
document's context) to canonical values.  No spaCy here, so each is testable on strings.
"""
