# Описания в меню команд Telegram (кнопка «/»), по одному для каждой команды.
telegram-command-menu = Главное меню
telegram-command-help = Что я умею и как отвечать
telegram-command-language = Сменить язык
telegram-command-privacy = Как мы используем ваши ответы
telegram-command-mydata = Посмотреть, что мы храним о вас
telegram-command-delete = Удалить всё, что мы храним о вас
telegram-command-stop = Прекратить участие
telegram-command-updates = Новости о том, что происходит с идеями
