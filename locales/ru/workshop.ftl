# Воркшопы вживую: зал оценивает идеи на телефонах. Темп: «together» (ведущий переводит зал от
# идеи к идее) или «self» (каждый в своём темпе).
command-workshop-words = воркшоп, мастерская

# Сторона участника.
workshop-joined-together = Добро пожаловать на воркшоп «{ $name }»! Вы будете оценивать идеи, которые обсуждает зал, по одной: каждый вопрос придёт на ваш телефон, как только ведущий перейдёт дальше. Выйти можно в любой момент через /menu, а вернуться — с кодом { $code }.
workshop-joined-self = Добро пожаловать на воркшоп «{ $name }»! Вы будете оценивать идеи воркшопа одну за другой, в своём темпе. Выйти можно в любой момент через /menu, а вернуться — с кодом { $code }.
workshop-option-leave = Выйти из воркшопа
workshop-wait-together = Спасибо! Следующая идея появится здесь, как только ведущий перейдёт дальше.
workshop-wait-self = Пока вы оценили все идеи воркшопа. Если зал добавит новую, она появится здесь. Результаты — в конце.
workshop-saved = Сохранено!
workshop-left = Вы вышли из воркшопа. Чтобы вернуться, пока он идёт, отправьте /start { $code }.
workshop-ended = Воркшоп «{ $name }» уже закончился. Спасибо за интерес! Здесь вы в любой момент можете делиться идеями и оценивать идеи других.
workshop-thanks = Воркшоп «{ $name }» закончился. Спасибо за участие: ваши оценки учтены на матрице идей вместе с оценками всех остальных.
workshop-result =
    Что зал счёл самым перспективным:

    { $ideas }
workshop-result-none = Пока ни одна идея не набрала достаточно оценок, чтобы попасть на матрицу: каждой нужно не меньше { $min } { $min ->
        [one] оценки
       *[other] оценок
    }. Организаторы поделятся результатами позже.

# Сторона организатора.
organisers-home-option-workshop = Воркшоп вживую
organisers-workshop-usage = Отправьте /workshop new и название воркшопа или /workshop, чтобы увидеть идущие воркшопы.
organisers-workshop-name = Как называется воркшоп? Например: «Воля, 12 марта».
organisers-workshop-created = Воркшоп «{ $name }» открыт. Код зала: { $code }. В Signal или в терминале участникам достаточно отправить: { $start }
organisers-workshop-qr = QR-код зала: покажите его на экране или распечатайте для столов.
organisers-workshop-none = Сейчас не идёт ни один воркшоп.
organisers-workshop-choose = Какой воркшоп?
organisers-workshop-option-new = Открыть новый воркшоп
organisers-workshop-gone = Этот воркшоп уже закрыт.
organisers-workshop-status =
    Воркшоп «{ $name }», код { $code }, { $pace ->
        [together] все вместе
       *[self] каждый в своём темпе
    }.
    Идеи: { $ideas }. Присоединились: { $joined }, сейчас в зале: { $present }.
    { $shown ->
        [none] На экранах ещё нет ни одной идеи.
       *[other] Сейчас на экранах: { $shown } (оценок: { $rated })
    }
organisers-workshop-option-next = Следующая идея для всех
organisers-workshop-option-idea = Добавить идею из зала
organisers-workshop-option-area = Добавить идеи из сферы
organisers-workshop-option-list = Добавить идеи по кодам
organisers-workshop-option-pace = { $pace ->
        [together] Перейти на свой темп
       *[self] Перейти на «все вместе»
    }
organisers-workshop-option-close = Закрыть воркшоп
organisers-workshop-moved = Следующая идея уходит на { $people } { $people ->
        [one] телефон
        [few] телефона
        [many] телефонов
       *[other] телефона
    }.
organisers-workshop-last = Это была последняя идея воркшопа. Добавьте ещё одну или закройте воркшоп.
organisers-workshop-paced = { $pace ->
        [together] Теперь зал идёт вместе: нажмите «Следующая идея для всех», чтобы показать идею на каждом телефоне.
       *[self] Теперь каждый проходит идеи в своём темпе.
    }
organisers-workshop-area = Идеи какой сферы должен оценить зал?
organisers-workshop-list = Отправьте коды идей, которые нужно добавить, через пробел или запятую (например: p12 p15).
organisers-workshop-added = { $count ->
        [0] Новых идей не добавлено: они уже есть в воркшопе или их нет.
        [one] В воркшоп добавлена { $count } идея.
        [few] В воркшоп добавлены { $count } идеи.
        [many] В воркшоп добавлено { $count } идей.
       *[other] В воркшоп добавлено { $count } идеи.
    }
organisers-workshop-unknown = Ни у одной одобренной идеи нет таких кодов: { $codes }
organisers-workshop-idea = Запишите идею, которую предложил зал. Она сразу будет одобрена и добавлена в воркшоп.
organisers-workshop-idea-empty = Идея пустая. Запишите её или вернитесь назад.
organisers-workshop-idea-long = Здесь { $length } символов, а идея может быть не длиннее { $max }. Пожалуйста, сократите её.
organisers-workshop-idea-added = Идея добавлена в воркшоп.
organisers-workshop-close = Закрыть воркшоп «{ $name }»? Все в зале получат благодарность с результатами, и больше никто не сможет присоединиться.
organisers-workshop-close-option-yes = Закрыть воркшоп
organisers-workshop-closed = Воркшоп «{ $name }» закрыт. Итоги придут через мгновение.

# Итоги для организатора после закрытия воркшопа.
workshop-summary =
    Воркшоп «{ $name }» ({ $code }): { $joined } { $joined ->
        [one] человек присоединился
        [few] человека присоединились
        [many] человек присоединились
       *[other] человека присоединились
    }, { $ideas } { $ideas ->
        [one] идея
        [few] идеи
        [many] идей
       *[other] идеи
    }, { $ratings } { $ratings ->
        [one] оценка
        [few] оценки
        [many] оценок
       *[other] оценки
    } от зала.
    WOW: { $wow }, HOW: { $how }, NOW: { $now }, POW: { $pow }, мало оценок: { $unplaced }.
workshop-summary-chart = Идеи воркшопа на матрице, со всеми их оценками.
workshop-summary-workbook = Идеи воркшопа с цифрами, в таблице.
workshop-chart-title = Воркшоп «{ $name }»
