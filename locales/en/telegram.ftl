# Descriptions in Telegram's command menu (the "/" button), one per command.
telegram-command-menu = Main menu
telegram-command-help = What I can do and how to answer
telegram-command-language = Change the language
telegram-command-privacy = How we use your answers
telegram-command-mydata = See what we keep about you
telegram-command-delete = Delete everything we keep about you
telegram-command-stop = Stop taking part
telegram-command-updates = News about what becomes of the ideas
