"""Leaves every layer may use: settings and the services container (store below, no Slack calls)."""
