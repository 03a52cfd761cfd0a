"""Ideas: the bank seeded from the workshops, proposing, rating, and what others think."""
