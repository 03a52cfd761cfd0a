# Встречи вживую (воркшопы): зал оценивает идеи на телефонах. Темп: «together» (ведущий
# переводит зал от идеи к идее) или «self» (каждый в своём темпе). «Warsztat» в русских файлах —
# «встреча», как в organisers.ftl.
command-workshop-words = воркшоп, мастерская

# Сторона участника.
workshop-joined-together = Добро пожаловать на встречу «{ $name }»! Вы будете оценивать идеи, которые обсуждает зал, по одной. Как только ведущий перейдёт дальше, на вашем телефоне появится следующая идея. Выйти можно в любой момент командой /menu. Чтобы вернуться, отправьте /start { $code }.
workshop-joined-self = Добро пожаловать на встречу «{ $name }»! Вы будете оценивать идеи встречи одну за другой, в своём темпе. Выйти можно в любой момент командой /menu. Чтобы вернуться, отправьте /start { $code }.
workshop-option-leave = Выйти со встречи
workshop-wait-together = Следующая идея появится здесь, как только ведущий её покажет.
workshop-wait-self = Пока больше нет идей для оценки. Если добавят новые, они появятся здесь. Результаты вы увидите, когда встреча закончится.
workshop-saved = Сохранено!
workshop-left = Вы вышли со встречи. Чтобы вернуться, пока она идёт, отправьте /start { $code }.
workshop-ended = Встреча «{ $name }» уже закончилась. Спасибо за интерес! Здесь вы в любой момент можете предлагать идеи и оценивать идеи других.
workshop-thanks = Встреча «{ $name }» закончилась. Спасибо за участие! Ваши оценки учтены в общей матрице идей — вместе с оценками других людей.
workshop-result =
    Идеи встречи с лучшими оценками:

    { $ideas }
workshop-result-none = Пока ни одна идея не набрала достаточно оценок, чтобы попасть на матрицу: каждой нужно не меньше { $min } { $min ->
        [one] оценки
       *[other] оценок
    }. Организаторы поделятся результатами позже.

# Сторона организатора.
organisers-home-option-workshop = Очная встреча
organisers-workshop-usage = Отправьте /workshop new и название встречи или /workshop, чтобы увидеть текущие встречи.
organisers-workshop-name = Как называется встреча? Например: «Воля, 12 марта».
organisers-workshop-created = Встреча «{ $name }» открыта. Код встречи: { $code }. В Signal или в терминале участникам достаточно отправить: { $start }
organisers-workshop-qr = QR-код встречи: покажите его на экране или распечатайте для столов.
organisers-workshop-none = Сейчас не идёт ни одна встреча.
organisers-workshop-choose = Какую встречу выбрать?
organisers-workshop-option-new = Открыть новую встречу
organisers-workshop-gone = Эта встреча уже завершена.
organisers-workshop-status =
    Встреча «{ $name }», код { $code }.
    Идеи: { $ideas }. Участники: { $joined } (сейчас в зале: { $present }).
    { $pace ->
        [together]
            Все вместе, идея за идеей.
            { $shown ->
                [none] На экранах ещё нет ни одной идеи.
               *[other] Сейчас на экранах: { $shown } (оценок: { $rated })
            }
       *[self] Каждый в своём темпе.
    }
organisers-workshop-option-next = Следующая идея для всех
organisers-workshop-option-idea = Добавить идею из зала
organisers-workshop-option-area = Добавить идеи из сферы
organisers-workshop-option-list = Добавить идеи по кодам
organisers-workshop-option-pace = { $pace ->
        [together] Переключить: каждый в своём темпе
       *[self] Переключить: все вместе
    }
organisers-workshop-option-close = Завершить встречу
organisers-workshop-moved = Следующая идея уходит на { $people } { $people ->
        [one] телефон
        [few] телефона
        [many] телефонов
       *[other] телефона
    }.
organisers-workshop-last = Больше идей нет. Добавьте новые или завершите встречу.
organisers-workshop-paced = { $pace ->
        [together] Теперь все идут вместе: выберите «Следующая идея для всех», чтобы показать следующую идею на каждом телефоне.
       *[self] Теперь каждый оценивает идеи в своём темпе.
    }
organisers-workshop-area = Из какой сферы добавить идеи?
organisers-workshop-list = Отправьте коды идей, которые нужно добавить, через пробел или запятую (например: p12 p15).
organisers-workshop-added = { $count ->
        [0] Ни одна идея не добавлена: они уже есть в списке встречи или не найдены.
        [one] В список встречи добавлена { $count } идея.
        [few] В список встречи добавлены { $count } идеи.
        [many] В список встречи добавлено { $count } идей.
       *[other] В список встречи добавлено { $count } идеи.
    }
organisers-workshop-unknown = Одобренных идей с такими кодами нет: { $codes }
organisers-workshop-idea = Напишите идею, которую предложил зал. Она сразу будет одобрена и добавлена в список встречи.
organisers-workshop-idea-empty = Здесь нет текста. Напишите идею или выберите «Назад».
organisers-workshop-idea-long =
    В этой идее { $length } { $length ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }, а ограничение — { $max }. Пожалуйста, сократите её.
organisers-workshop-idea-added = Идея добавлена в список встречи.
organisers-workshop-close = Завершить встречу «{ $name }»? Все в зале получат благодарность с результатами, и больше никто не сможет присоединиться.
organisers-workshop-close-option-yes = Завершить встречу
organisers-workshop-closed = Встреча «{ $name }» завершена. Итоги скоро придут.

# Итоги для организатора после завершения встречи.
workshop-summary =
    Встреча «{ $name }» ({ $code }): { $joined } { $joined ->
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
    } в зале.
    WOW: { $wow }, HOW: { $how }, NOW: { $now }, POW: { $pow }, мало оценок: { $unplaced }.
workshop-summary-chart = Идеи встречи на матрице — с учётом всех их оценок, в том числе вне зала.
workshop-summary-workbook = Идеи встречи и их результаты — в таблице.
workshop-chart-title = Встреча «{ $name }»
