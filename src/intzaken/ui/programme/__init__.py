"""The trip form's mission preparation: the programme editor, the logistics tab and the
readiness checklist."""
