# Opisy w menu poleceń Telegrama (przycisk „/”), po jednym dla każdego polecenia.
telegram-command-menu = Menu główne
telegram-command-help = Co potrafię i jak odpowiadać
telegram-command-language = Zmień język
telegram-command-privacy = Jak wykorzystujemy Twoje odpowiedzi
telegram-command-mydata = Zobacz, co o Tobie przechowujemy
telegram-command-delete = Usuń wszystko, co o Tobie przechowujemy
telegram-command-stop = Zakończ udział
telegram-command-updates = Wieści o tym, co dzieje się z pomysłami
