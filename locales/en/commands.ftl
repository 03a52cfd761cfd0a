# Words that work as commands without the slash (in the terminal and on Signal), comma-separated.
command-start-words = start, begin
command-menu-words = menu
command-help-words = help
command-language-words = language
command-privacy-words = privacy
command-mydata-words = my data, mydata
command-delete-words = delete, erase
command-stop-words = stop
command-cancel-words = cancel
command-updates-words = updates, news
