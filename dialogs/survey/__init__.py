"""The empathy survey: its definition (a data file) and the conversation that asks it."""
