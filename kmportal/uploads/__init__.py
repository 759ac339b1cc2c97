"""Uploads: an admin's documents (streaming receive, checks, storage and background
ingest) and a coordinator's KM evidence files (the same streaming receiver and a
check of the content, see :mod:`kmportal.uploads.evidence`).

Pure domain code (no FastAPI); :mod:`kmportal.web.admin_uploads` wires it into the portal.

* :mod:`.receive` reads a ``multipart/form-data`` body chunk by chunk, refusing it
  (413) as soon as it passes the size limit, and writes the file part to a temporary
  file under ``<upload dir>/incoming`` with a generated name.
* :mod:`.runner` checks the file's content with :func:`kmportal.ingest.parse.parse_file`
  (magic bytes, DOCX zip directory, PDF in a capped child process), keeps it under
  ``<upload dir>/files/<uuid>/`` and ingests it in the background, one job at a time;
  :mod:`.jobs` is the job table the page polls.
"""
