"""`make robustness`: the bot under fuzzed updates, SIGKILLs and racing schedulers, in figures.

In benchmarks/ beside the other runs that print figures rather than pass or fail a test (and
linted with them); its parts reuse the test harnesses (the fake Bot API, the bot's lives) by
import. tests/test_robustness.py runs each part at a tiny size so the code keeps working.
"""
