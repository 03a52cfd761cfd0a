# Воркшопы вживую в панели: список, управление для ведущих и страница для проектора.
live-nav-workshops = Воркшопы
live-workshops-title = Воркшопы
live-workshops-intro = Воркшоп — это зал людей, которые оценивают идеи на телефонах, а матрица на проекторе заполняется прямо на глазах. Откройте его здесь или командой /workshop new в чате.
live-new-heading = Открыть воркшоп
live-name-label = Название воркшопа (например: Воля, 12 марта)
live-pace-label = Темп
live-pace = { $pace ->
        [together] Все вместе: ведущий ведёт зал от идеи к идее
       *[self] Каждый в своём темпе: идеи одна за другой
    }
live-open-button = Открыть воркшоп
live-list-heading = Все воркшопы
live-column-name = Воркшоп
live-column-code = Код
live-column-status = Состояние
live-status = { $open ->
        [yes] Идёт
       *[no] Закрыт
    }
live-none = Ещё не открыто ни одного воркшопа.
live-name-missing = Пожалуйста, дайте воркшопу название. Ничего не создано.
live-pace-unknown = Пожалуйста, выберите один из двух темпов. Ничего не изменено.
live-area-unknown = Пожалуйста, выберите сферу из списка. Ничего не изменено.
live-codes-missing = Пожалуйста, напишите коды идей, которые нужно добавить (например: p12 p15). Ничего не изменено.
live-close-unconfirmed = Чтобы закрыть воркшоп, сначала поставьте отметку для подтверждения. Воркшоп всё ещё идёт.
live-created = Воркшоп «{ $name }» открыт. Добавьте идеи, которые будет оценивать зал, а затем откройте страницу для проектора.
live-closed = Воркшоп «{ $name }» закрыт. Все в зале получают благодарность с результатами; итоги — ниже.

# Управление одним воркшопом.
live-projector-link = Открыть страницу для проектора
live-workshop-intro = Код зала { $code }. { $open ->
        [yes] { $pace ->
            [together] Зал идёт вместе.
           *[self] Каждый идёт в своём темпе.
        }
       *[no] Этот воркшоп закрыт.
    }
live-now-heading = Зал сейчас
live-figure-joined = Присоединились
live-figure-present = Сейчас в зале
live-figure-ideas = Идеи
live-figure-rated = Оценили текущую идею
live-current-label = На экранах:
live-current-none = На экранах ещё нет ни одной идеи.
live-controls-heading = Управление
live-codes-label = Добавить идеи по кодам, через пробел или запятую (например: p12 p15)
live-summary-heading = Итоги
live-summary-file = { $file ->
        [matrix] Матрица идей воркшопа (изображение, PNG)
       *[ideas] Идеи воркшопа с показателями (таблица, XLSX)
    }
live-ideas-heading = Идеи воркшопа
live-column-idea = Идея
live-column-ratings = Оценки
live-column-quadrant = Квадрант
live-not-enough = Пока мало оценок (нужно не меньше { $min })
live-ideas-none = В воркшопе ещё нет идей. Добавьте сферу, коды или идею из зала.

# Страница для проектора.
live-controls-link = Назад к управлению
live-ended = Воркшоп завершился. Спасибо всем!
live-join-heading = Присоединяйтесь
live-room-code = Код зала
live-join-typed = Отсканируйте код телефоном или отправьте боту:
live-qr-title = QR-код, чтобы присоединиться к воркшопу, код зала { $code }
live-current-heading = Сейчас оцениваем
live-original = на языке оригинала
live-matrix-heading = Идеи зала на матрице
live-waiting-heading = Ждут оценок (каждой идее нужно не меньше { $min })
