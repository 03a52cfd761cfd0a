# Описи в меню команд Telegram (кнопка «/»), по одному для кожної команди.
telegram-command-menu = Головне меню
telegram-command-help = Що я вмію і як відповідати
telegram-command-language = Змінити мову
telegram-command-privacy = Як ми використовуємо ваші відповіді
telegram-command-mydata = Подивитися, що ми зберігаємо про вас
telegram-command-delete = Видалити все, що ми зберігаємо про вас
telegram-command-stop = Припинити участь
telegram-command-updates = Новини про те, що стається з ідеями
