# Слова, которые работают как команды без косой черты (в терминале и в Signal), через запятую.
command-start-words = начать, старт
command-menu-words = меню
command-help-words = помощь, справка
command-language-words = язык
command-privacy-words = конфиденциальность, приватность
command-mydata-words = мои данные
command-delete-words = удалить, удалить данные
command-stop-words = стоп
command-cancel-words = отмена, отменить
command-updates-words = уведомления, новости
