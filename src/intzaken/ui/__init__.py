"""The Qt interface. Nothing outside this package imports it or PySide6.QtWidgets."""
