"""Demo databases rebuilt from the public source documents (see resources/demo/)."""
