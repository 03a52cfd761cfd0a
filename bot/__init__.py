"""The running program: settings, entry point, channels, scheduler and digest."""
