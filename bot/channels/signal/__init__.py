"""The Signal channel, through signal-cli's HTTP daemon (see README, "Signal").

Signal has no buttons: options go out as a numbered list and come back as a number or words.
"""
