# Страницы панели: идеи, модерация, кампании и файлы.

# Слова об идеях, общие для страниц.
dashboard-status-waiting = Ждёт модерации
dashboard-status-approved = Одобрена
dashboard-status-rejected = Отклонена
dashboard-status-merged = Объединена
dashboard-source-participant = Предложена в чате
dashboard-source-survey = Из ответа в опросе
dashboard-source-bank = Банк идей ({ $name })
dashboard-language-unknown = Язык не указан
dashboard-ideas-number = { NUMBER($mean, minimumFractionDigits: 2, maximumFractionDigits: 2) }
dashboard-ideas-off-matrix = Вне матрицы
dashboard-ideas-too-few = Пока недостаточно оценок ({ $ratings } из { $min })
dashboard-pager-label = Страницы списка
dashboard-pager-previous = Предыдущая страница
dashboard-pager-next = Следующая страница

# Идеи.
dashboard-ideas-title = Идеи
dashboard-ideas-search = Поиск по текстам (на любом языке)
dashboard-ideas-any = Все
dashboard-ideas-apply = Показать
dashboard-ideas-clear = Сбросить фильтры
dashboard-ideas-found = { $count ->
        [0] Ни одна идея не подходит.
        [one] Подходит { $count } идея.
        [few] Подходят { $count } идеи.
       *[other] Подходит { $count } идей.
    }
dashboard-ideas-caption = Страница { $page } из { $pages }
dashboard-ideas-column-status = Статус
dashboard-ideas-column-source = Источник

# Одна идея.
dashboard-idea-title = Идея { $code }
dashboard-idea-back = Все идеи
dashboard-idea-texts = Тексты
dashboard-idea-original = (оригинал)
dashboard-idea-facts = Об идее
dashboard-idea-merged-into = объединена с { $code }
dashboard-idea-figures = Оценки
dashboard-idea-history = История
dashboard-history-when = { $date }, { $time }
dashboard-history-someone = организатор
dashboard-history-proposed = Предложена участником в чате.
dashboard-history-from-survey = Создана из ответа участника в опросе.
dashboard-history-seeded = Добавлена из банка идей ({ $source }).
dashboard-history-approved = Одобрено. Кто: { $name }.
dashboard-history-rejected = Отклонено. Кто: { $name }. Причина: { $why }.
dashboard-history-merged-into = Объединено с { $into }. Кто: { $name }.
dashboard-history-merged-here = Идея { $merged } объединена с этой. Кто: { $name }.
dashboard-history-edited = Текст исправлен. Кто: { $name }.
dashboard-history-translated = Добавлен перевод ({ $into }). Кто: { $name }.
dashboard-history-made = Добавлено в банк идей. Кто: { $name }.

# Модерация.
dashboard-moderation-title = Модерация
dashboard-moderation-back = Назад к модерации
dashboard-moderation-ideas-heading = Идеи, ожидающие модерации ({ $count })
dashboard-moderation-ideas-none = Ни одна идея не ждёт. Спасибо!
dashboard-moderation-oldest = Показаны { $shown } самых старых из { $count }; следующие появятся, когда эти будут рассмотрены.
dashboard-moderation-written-in = Язык: { $language }
dashboard-moderation-approve = Одобрить
dashboard-moderation-reason = Причина отклонения
dashboard-moderation-reject = Отклонить
dashboard-moderation-more = Объединить, исправить или перевести { $code }
dashboard-moderation-decide = Решение
dashboard-moderation-merge-heading = Объединить с одобренной идеей
dashboard-moderation-merge-intro = Если одобренная идея уже предлагает то же самое, эту можно объединить с ней. Оценки, которые у этой идеи уже есть, к той не переходят.
dashboard-moderation-merge-choose = Одобренные идеи из той же сферы
dashboard-moderation-merge-code = Или код любой одобренной идеи
dashboard-moderation-merge = Объединить
dashboard-moderation-edit-heading = Исправить опечатки
dashboard-moderation-edit-label = Текст на языке, на котором он написан ({ $language })
dashboard-moderation-edit = Сохранить исправление
dashboard-moderation-translate-heading = Добавить перевод
dashboard-moderation-translate-language = Язык
dashboard-moderation-translate-text = Перевод
dashboard-moderation-translate = Добавить перевод
dashboard-moderation-translate-complete = У этой идеи уже есть текст на всех четырёх языках.
dashboard-moderation-answers-heading = Ответы из опроса, ожидающие прочтения ({ $count })
dashboard-moderation-answers-intro = Собственные слова людей из опроса, без каких-либо данных о том, кто их написал. Отметьте их прочитанными или добавьте в банк идей как одобренную идею.
dashboard-moderation-answers-none = Ни один ответ не ждёт прочтения.
dashboard-moderation-week = Написано на неделе, начавшейся { $day }
dashboard-moderation-mark-read = Отметить как прочитанный
dashboard-moderation-area = Сфера новой идеи
dashboard-moderation-make-idea = Превратить в идею
dashboard-moderation-done-approved = Идея { $code } одобрена: теперь участники могут её оценивать.
dashboard-moderation-done-rejected = Идея { $code } отклонена.
dashboard-moderation-done-merged = Идея { $code } объединена.
dashboard-moderation-done-edited = Текст идеи { $code } исправлен.
dashboard-moderation-done-translated = Перевод идеи { $code } добавлен.
dashboard-moderation-done-read = Ответ отмечен как прочитанный.
dashboard-moderation-done-made = Идея { $code } теперь в банке идей. Добавьте переводы, чтобы её могли прочитать больше участников.
dashboard-moderation-conflict-title = Уже решено
dashboard-moderation-conflict = Тем временем кто-то другой уже принял решение по идее { $code }: теперь её статус — «{ $status }». Ничего не изменено.
dashboard-moderation-answer-gone = Этот ответ уже прочитал кто-то другой, или его больше нет. Ничего не изменено.
dashboard-moderation-refused-title = Не удалось это сделать
dashboard-moderation-bad-reason = Выберите причину отклонения из списка. Ничего не изменено.
dashboard-moderation-bad-target = Нет одобренной идеи с таким кодом. Проверьте код или выберите идею из списка. Ничего не изменено.
dashboard-moderation-empty-text = Текст пустой. Ничего не изменено.
dashboard-moderation-text-exists = У этой идеи уже есть текст на этом языке. Ничего не изменено.
dashboard-moderation-bad-language = Выберите один из предложенных языков. Ничего не изменено.
dashboard-moderation-seeded = Эта идея взята из файла банка идей; её тексты исправляют там. Ничего не изменено.
dashboard-moderation-bad-area = Выберите сферу из списка. Ничего не изменено.
dashboard-moderation-cannot = Не удалось это сделать. Ничего не изменено.

# Кампании.
dashboard-campaigns-title = Кампании
dashboard-campaigns-intro = Кампания — это отдельная ссылка для плаката, семинара или онлайн-встречи: людей, которые присоединились через неё, засчитывают в эту кампанию, но никогда не называют по имени.
dashboard-campaigns-new-heading = Новая кампания
dashboard-campaigns-name = Название (например, семинар и его дата)
dashboard-campaigns-create = Создать кампанию
dashboard-campaigns-created = Кампания { $code } готова. Ниже можно скачать её QR-код для плаката.
dashboard-campaigns-list-heading = Все кампании
dashboard-campaigns-none = Кампаний пока нет.
dashboard-campaigns-code = Код
dashboard-campaigns-start = В любом мессенджере люди отправляют
dashboard-campaigns-link = Ссылка для Telegram
dashboard-campaigns-since = Создана
dashboard-campaigns-qr-png = QR-код кампании { $code } (PNG)
dashboard-campaigns-qr-svg = QR-код кампании { $code } (SVG, для печати)
dashboard-campaigns-without = Без кампании: { $people }
dashboard-campaigns-withheld = Пока присоединилось слишком мало людей, чтобы показать число по кампаниям и никого не выдать. Числа появятся, когда присоединится больше людей (группы меньше { $min } никогда не показываются).
dashboard-campaigns-withheld-short = пока не показано
dashboard-campaigns-back = Назад к кампаниям
dashboard-campaigns-refused-title = Не удалось создать кампанию
dashboard-campaigns-empty-name = Дайте кампании название. Ничего не создано.

# Файлы.
dashboard-downloads-title = Файлы
dashboard-downloads-intro = Каждый файл создаётся из текущих данных, поэтому это может занять несколько секунд. Ни один не содержит ничего, что указывало бы на участника.
dashboard-downloads-export-heading = Все идеи
dashboard-downloads-export-intro = Каждая идея с любым статусом, с текстами на всех языках, числом оценок, средними, стандартными отклонениями и квадрантом.
dashboard-downloads-csv = Идеи в формате CSV (ideas.csv)
dashboard-downloads-xlsx = Идеи в виде таблицы (ideas.xlsx)
dashboard-downloads-digest-heading = Файлы дайджеста
dashboard-downloads-digest-intro = Данные с последнего дайджеста до текущего момента — те же, что в дайджесте и в файле команды /export в чате.
dashboard-downloads-workbook = Рабочая книга (XLSX), как её присылает /export
dashboard-downloads-chart = Матрица в виде картинки (PNG)

# Фильтры, общие для страниц потребностей и матрицы.
dashboard-filter-campaign = Кампания
dashboard-filter-language = Язык
dashboard-filter-district = Район
dashboard-filter-migration = Опыт миграции
dashboard-filter-everyone = Все

# Матрица.
dashboard-matrix-title = Матрица
dashboard-matrix-how = Каждая точка — это идея, размещённая по средним оценкам; чем больше оценок, тем больше точка. Идея появляется на матрице, когда у неё не меньше { $min } { $min ->
        [one] оценки
       *[other] оценок
    }; линии пересекаются в точке { NUMBER($midpoint, maximumFractionDigits: 1) }. Наведите курсор на идею или коснитесь её, чтобы прочитать её текст и цифры; щёлкните или коснитесь ещё раз, чтобы открыть её.
dashboard-matrix-campaign-only = Здесь учтены только оценки людей, пришедших через кампанию «{ $name }».
dashboard-matrix-campaign-withheld = { $count ->
        [one] { $count } идея здесь не показана.
        [few] { $count } идеи здесь не показаны.
       *[other] { $count } идей здесь не показано.
    } Идея не появляется на матрице кампании, если из оценивших её лишь немногие (меньше { $min }) пришли не через эту кампанию: иначе их оценки можно было бы вычислить, сравнив результаты кампании с общими.
dashboard-matrix-campaign-too-small = Матрица кампании «{ $name }» не показана: через неё пришло меньше { $min } { $min ->
        [one] человека
       *[other] человек
    } или их число скрыто, чтобы по нему нельзя было вычислить меньшую группу.
dashboard-matrix-waiting-heading = Пока недостаточно оценок
dashboard-matrix-waiting-intro = Эти идеи появятся на матрице, когда у каждой будет не меньше { $min } { $min ->
        [one] оценки
       *[other] оценок
    }.
dashboard-matrix-waiting-none = У каждой идеи здесь достаточно оценок.

# Потребности.
dashboard-needs-title = Потребности
dashboard-needs-none = На опрос ещё никто не ответил.
dashboard-needs-respondents = { $count ->
        [one] На опрос ответил { $count } человек.
        [few] На опрос ответили { $count } человека.
       *[other] На опрос ответили { $count } человек.
    }
dashboard-needs-respondents-group = { $count ->
        [one] В этой группе на опрос ответил { $count } человек.
        [few] В этой группе на опрос ответили { $count } человека.
       *[other] В этой группе на опрос ответили { $count } человек.
    }
dashboard-needs-suppression = Число меньше { $min } показано как «<{ $min }» и без полосы, чтобы никого нельзя было узнать.

# Что стало с одобренной идеей, на её странице.
dashboard-outcome-heading = Что стало с идеей
dashboard-outcome-label = Состояние
dashboard-outcome-note = Публичная заметка для тех, кто предложил или оценил идею: что будет дальше или почему нет (до { $max } символов, на языке этой страницы)
dashboard-outcome-save = Сохранить и сообщить
dashboard-outcome-translation = Заметка на выбранном языке
dashboard-outcome-bad = Выберите состояние из списка. Ничего не изменено.
dashboard-outcome-too-long = Заметка слишком длинная: сократите её до { $max } символов. Ничего не изменено.
dashboard-outcome-not-allowed = Состояние можно указать только для одобренной идеи, а перевести — только существующую заметку. Ничего не изменено.
dashboard-history-outcome = Состояние изменено на «{ $outcome }». Кто: { $name }.
dashboard-history-outcome-translated = Добавлена заметка о состоянии ({ $into }). Кто: { $name }.
