# Встречи вживую (воркшопы) в панели: список, управление для ведущих и страница для проектора.
live-nav-workshops = Встречи
live-workshops-title = Встречи
live-workshops-intro = На встрече люди в зале оценивают идеи на телефонах, а матрица на проекторе заполняется прямо на глазах. Откройте встречу здесь или командой /workshop new в чате.
live-new-heading = Открыть встречу
live-name-label = Название встречи (например: Воля, 12 марта)
live-pace-label = Темп
live-pace = { $pace ->
        [together] Все вместе: ведущий переводит зал от идеи к идее
       *[self] Каждый в своём темпе: идеи одна за другой
    }
live-open-button = Открыть встречу
live-list-heading = Все встречи
live-column-name = Встреча
live-column-code = Код
live-column-status = Состояние
live-status = { $open ->
        [yes] Идёт
       *[no] Завершена
    }
live-none = Ещё не открыто ни одной встречи.
live-name-missing = Пожалуйста, дайте встрече название. Ничего не создано.
live-pace-unknown = Пожалуйста, выберите один из двух темпов. Ничего не изменено.
live-area-unknown = Пожалуйста, выберите сферу из списка. Ничего не изменено.
live-codes-missing = Пожалуйста, напишите коды идей, которые нужно добавить (например: p12 p15). Ничего не изменено.
live-idea-empty = Пожалуйста, напишите идею, которую предложил зал. Ничего не добавлено.
live-close-unconfirmed = Чтобы завершить встречу, сначала поставьте отметку для подтверждения. Встреча всё ещё идёт.
live-created = Встреча «{ $name }» открыта. Добавьте идеи, которые будет оценивать зал, а затем откройте страницу для проектора.
live-closed = Встреча «{ $name }» завершена. Все в зале получат благодарность с результатами. Итоги — ниже. Бот также пришлёт их вам в чат.

# Управление одной встречей.
live-projector-link = Открыть страницу для проектора
live-workshop-intro = Код встречи: { $code }. { $open ->
        [yes] { $pace ->
            [together] Все идут вместе, идея за идеей.
           *[self] Каждый идёт в своём темпе.
        }
       *[no] Эта встреча завершена.
    }
live-now-heading = Ход встречи
live-figure-joined = Присоединились
live-figure-present = Сейчас в зале
live-figure-ideas = Идеи
live-figure-rated = Оценили текущую идею
live-current-label = На экранах:
live-current-none = На экранах ещё нет ни одной идеи.
live-controls-heading = Управление
live-codes-label = Напишите коды идей через пробел или запятую (например: p12 p15)
live-summary-heading = Итоги
live-summary-file = { $file ->
        [matrix] Идеи встречи на матрице (изображение, PNG)
       *[ideas] Идеи встречи и их результаты (таблица, XLSX)
    }
live-ideas-heading = Идеи встречи
live-column-idea = Идея
live-column-ratings = Оценки
live-column-quadrant = Квадрант
live-not-enough = Пока мало оценок (нужно не меньше { $min })
live-ideas-none = В списке встречи ещё нет идей. Добавьте идеи из сферы, по кодам или идею из зала.

# Страница для проектора.
live-controls-link = Назад к управлению
live-ended = Встреча закончилась. Спасибо всем!
live-join-heading = Присоединяйтесь
live-room-code = Код встречи
live-join-typed = Отсканируйте QR-код телефоном или отправьте боту:
live-qr-title = QR-код, чтобы присоединиться к встрече. Код встречи: { $code }
live-current-heading = Сейчас оцениваем
live-original = оригинал
live-matrix-heading = Идеи зала на матрице
live-waiting-heading = Ждут оценок (каждой идее нужно не меньше { $min })
