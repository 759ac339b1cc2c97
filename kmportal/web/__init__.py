"""The web portal: FastAPI app, pages, JSON API. The only package that imports FastAPI."""
