"""Everything a conversation does, independent of the messenger it arrives through."""
