"""KM tracking: a unit's yearly 7-step knowledge-management plan, its
indicators, and the activity logs the indicators are computed from."""
