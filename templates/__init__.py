"""The portal's Jinja templates, kept at the top of the checkout (the client's
layout) and installed as the package ``kmportal.templates`` (pyproject.toml maps
it here), so an editable install and a wheel load them the same way."""
