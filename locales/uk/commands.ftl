# Слова, які працюють як команди без скісної риски (у терміналі та в Signal), через кому.
command-start-words = почати, старт
command-menu-words = меню
command-help-words = допомога, довідка
command-language-words = мова
command-privacy-words = приватність, конфіденційність
command-mydata-words = мої дані
command-delete-words = видалити, видалити дані
command-stop-words = стоп
command-cancel-words = скасувати
command-updates-words = сповіщення, новини
