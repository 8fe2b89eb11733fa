"""Governance: the audit log, usage and cost, metrics (issue 4)."""
