"""The doors into the dialogs. A channel only translates: update → Inbound, Outbound → message."""
