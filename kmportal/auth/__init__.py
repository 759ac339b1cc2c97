"""Accounts, roles, sessions, API tokens, login throttling and the security audit trail.

Pure domain code (no FastAPI): :mod:`kmportal.web.security` wires it into the portal.
"""
