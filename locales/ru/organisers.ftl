# Команды организатора словами без косой черты (терминал, Signal), через запятую.
command-stats-words = статистика
command-moderate-words = модерация, модерировать
command-campaign-words = кампания, кампании
command-digest-words = дайджест, сводка
command-export-words = экспорт
command-dashboard-words = панель

organisers-welcome = Добро пожаловать, { $name }! Теперь это чат организатора: сюда будет приходить дайджест, а вы сможете модерировать идеи, создавать ссылки кампаний и выгружать данные.
organisers-already = Этот чат уже принадлежит организатору.
organisers-invite-invalid = Этим приглашением воспользоваться нельзя: оно неизвестно, уже использовано или его срок истёк. Попросите новое.
organisers-home = Меню организатора. Что вы хотите сделать?
organisers-home-option-stats = Статистика
organisers-home-option-moderate = Модерировать новые идеи
organisers-home-option-campaign-new = Новая ссылка кампании
organisers-home-option-campaign-list = Кампании
organisers-home-option-digest = Дайджест сейчас
organisers-home-option-export = Таблица сейчас
organisers-home-option-dashboard = Панель в браузере
organisers-home-option-close = Закрыть меню
organisers-closed = Меню закрыто. Команды /stats, /moderate, /campaign, /digest, /export и /dashboard работают в любой момент.
organisers-option-back = Назад
organisers-reports-unavailable = Не удалось подготовить дайджест. Попробуйте позже.

organisers-stats =
    Участники: всего { $participants }, новых за последние 7 дней: { $new }.
    Заполненные опросы: { $completions }.
    Идеи: ждут модерации { $waiting }, одобрены { $approved }, отклонены { $rejected }, объединены { $merged }.
    Оценки: { $ratings }.

organisers-moderate-none = Ни одна идея не ждёт модерации.
organisers-moderate-gone = Эту идею уже кто-то промодерировал. Переходим к следующей.
organisers-moderate-cannot = С этой идеей так сделать нельзя.
organisers-moderate-idea =
    Идея { $code } ({ $area }, язык: { $language }); всего ждут { $waiting }:

    { $text }
organisers-moderate-option-approve = Одобрить
organisers-moderate-option-reject = Отклонить
organisers-moderate-option-merge = Объединить с существующей идеей
organisers-moderate-option-edit = Исправить опечатки
organisers-moderate-option-translate = Добавить перевод
organisers-moderate-option-skip = Пока пропустить
organisers-moderate-option-stop = Закончить модерацию
organisers-approved = Идея { $code } одобрена: теперь участники могут её оценивать.
organisers-rejected = Идея { $code } отклонена.
organisers-merged = Идея { $code } объединена с { $into }.
organisers-reject-choose = Почему вы отклоняете эту идею?
organisers-reason-duplicate = Повторяет существующую идею
organisers-reason-off-topic = Не по теме
organisers-reason-personal-data = Содержит персональные данные
organisers-reason-offensive = Оскорбительная
organisers-reason-unclear = Непонятная
organisers-merge-choose = Какая одобренная идея говорит то же самое? Выберите её или введите код любой одобренной идеи.
organisers-merge-unknown = Одобренной идеи с таким кодом нет. Выберите из списка или введите другой код.
organisers-edit-prompt = Отправьте исправленный текст идеи на том языке, на котором она написана. Исправляйте только опечатки: смысл должен остаться авторским.
organisers-edited = Текст исправлен.
organisers-translate-choose = На какой язык?
organisers-translate-prompt = Отправьте текст идеи на этом языке: { $language }.
organisers-translated = Перевод добавлен.
organisers-translate-complete = У этой идеи уже есть текст на всех языках.

organisers-campaign-name = Как называется кампания? Например: «Встреча на Воле, 12 марта».
organisers-campaign-created = Кампания «{ $name }» создана, код { $code }. В Signal или в терминале участникам достаточно отправить: { $start }
organisers-campaign-link = Ссылка для Telegram: { $link }
organisers-campaign-qr = QR-код для плакатов и столов на встречах.
organisers-campaign-usage = Отправьте /campaign new и название кампании или /campaign list.
organisers-campaign-list-empty = Кампаний пока нет. Создайте первую командой /campaign new с названием.
organisers-campaign-list-withheld = { $count ->
    [one] Есть { $count } кампания; участников пока слишком мало, чтобы показать разбивку по кампаниям.
    [few] Есть { $count } кампании; участников пока слишком мало, чтобы показать разбивку по кампаниям.
   *[other] Есть { $count } кампаний; участников пока слишком мало, чтобы показать разбивку по кампаниям.
}
organisers-campaign-list = Участники по кампаниям (меньше { $min } показываем как «<{ $min }»):
    { $lines }
organisers-campaign-line = { $name } ({ $code }): { $people }
organisers-campaign-line-none = Без кампании: { $people }

# Чтение ответов из опроса, написанных своими словами (/review).
command-review-words = просмотр, просмотреть
organisers-home-option-review = Непрочитанные ответы из опроса ({ $count })
organisers-review-none = Ни один ответ из опроса не ждёт прочтения.
organisers-review-gone = Этот ответ уже кто-то прочитал, или он удалён. Переходим к следующему.
organisers-review-text =
    Ответ на вопрос «{ $question }», неделя с { $week }; всего ждут: { $waiting }.

    { $text }
organisers-review-question-removed = вопрос, которого больше нет в опросе
organisers-review-option-read = Отметить как прочитанный
organisers-review-option-idea = Сделать из него идею
organisers-review-option-next = Следующий (оставить непрочитанным)
organisers-review-option-stop = Вернуться в меню
organisers-review-marked = Отмечено как прочитанное.
organisers-review-area = К какой сфере относится эта идея? Она попадёт в банк идей в этой формулировке и сразу будет одобрена, так что участники смогут её оценивать.
organisers-review-idea-added = Идея { $code } ({ $area }) уже в банке идей, и участники могут её оценивать. Ответ отмечен как прочитанный.
organisers-review-translate = Добавить перевод, чтобы эту идею могли оценить и те, кто читает на другом языке? Выберите язык или перейдите к следующему ответу.
organisers-review-option-done = Готово, следующий ответ

# The dashboard (/dashboard): a one-time sign-in link.
organisers-dashboard-link = Ваша ссылка на панель: { $link }
    Она сработает один раз, в течение { $minutes ->
        [one] { $minutes } минуты
       *[other] { $minutes } минут
    }. Откройте её в браузере и нажмите «Войти». Не пересылайте её: кто откроет первым, тот войдёт от вашего имени.
organisers-dashboard-off = Панель в этом боте отключена.
