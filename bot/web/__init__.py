"""The organiser dashboard and other web pages: doors into the same dialogs and storage."""
