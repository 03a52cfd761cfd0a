# Команди організатора словами без скісної риски (термінал, Signal), через кому.
command-stats-words = статистика
command-moderate-words = модерація, модерувати
command-campaign-words = кампанія, кампанії
command-digest-words = дайджест, підсумки
command-export-words = експорт
command-dashboard-words = панель

organisers-welcome = Вітаємо, { $name }! Тепер цей чат належить організаторові: сюди надходитиме дайджест, а ви можете модерувати ідеї, створювати посилання кампаній і експортувати дані.
organisers-already = Цей чат уже належить організаторові.
organisers-invite-invalid = Цим запрошенням скористатися не можна: воно невідоме, уже використане або термін його дії минув. Попросіть нове.
organisers-home = Меню організатора. Що ви хочете зробити?
organisers-home-option-stats = Статистика
organisers-home-option-moderate = Модерувати нові ідеї
organisers-home-option-campaign-new = Нове посилання кампанії
organisers-home-option-campaign-list = Кампанії
organisers-home-option-digest = Дайджест зараз
organisers-home-option-export = Таблиця зараз
organisers-home-option-dashboard = Панель у браузері
organisers-home-option-close = Закрити меню
organisers-closed = Меню закрито. Команди /stats, /moderate, /campaign, /digest, /export і /dashboard працюють будь-коли.
organisers-option-back = Назад
organisers-reports-unavailable = Зараз не вдалося підготувати дайджест. Спробуйте пізніше.

organisers-stats =
    Учасники: усього { $participants }, нових за останні 7 днів: { $new }.
    Заповнені опитування: { $completions }.
    Ідеї: чекають на модерацію { $waiting }, схвалені { $approved }, відхилені { $rejected }, об’єднані { $merged }.
    Оцінки: { $ratings }.

organisers-moderate-none = Жодна ідея не чекає на модерацію.
organisers-moderate-gone = Цю ідею вже хтось промодерував. Переходимо до наступної.
organisers-moderate-cannot = З цією ідеєю так зробити не можна.
organisers-moderate-idea =
    Ідея { $code } ({ $area }, мова: { $language }); усього чекають { $waiting }:

    { $text }
organisers-moderate-option-approve = Схвалити
organisers-moderate-option-reject = Відхилити
organisers-moderate-option-merge = Об’єднати з наявною ідеєю
organisers-moderate-option-edit = Виправити помилки
organisers-moderate-option-translate = Додати переклад
organisers-moderate-option-skip = Поки пропустити
organisers-moderate-option-stop = Завершити модерацію
organisers-approved = Ідею { $code } схвалено: тепер учасники можуть її оцінювати.
organisers-rejected = Ідею { $code } відхилено.
organisers-merged = Ідею { $code } об’єднано з { $into }.
organisers-reject-choose = Чому ви відхиляєте цю ідею?
organisers-reason-duplicate = Повторює наявну ідею
organisers-reason-off-topic = Не стосується теми
organisers-reason-personal-data = Містить персональні дані
organisers-reason-offensive = Образлива
organisers-reason-unclear = Незрозуміла
organisers-merge-choose = Яка схвалена ідея пропонує те саме? Виберіть її або введіть код будь-якої схваленої ідеї.
organisers-merge-unknown = Схваленої ідеї з таким кодом немає. Виберіть зі списку або введіть інший код.
organisers-edit-prompt = Надішліть виправлений текст ідеї мовою, якою її написано. Виправляйте лише помилки: зміст має лишитися авторським.
organisers-edited = Текст виправлено.
organisers-translate-choose = Якою мовою?
organisers-translate-prompt = Надішліть текст ідеї цією мовою: { $language }.
organisers-translated = Переклад додано.
organisers-translate-complete = Ця ідея вже має текст усіма мовами.

organisers-campaign-name = Як називається кампанія? Наприклад: «Зустріч на Волі, 12 березня».
organisers-campaign-created = Кампанію «{ $name }» створено, код { $code }. У Signal або в терміналі достатньо надіслати: { $start }
organisers-campaign-link = Посилання для Telegram: { $link }
organisers-campaign-qr = QR-код для плакатів і столів на зустрічах.
organisers-campaign-usage = Надішліть /campaign new і назву кампанії або /campaign list.
organisers-campaign-list-empty = Кампаній ще немає. Створіть першу командою /campaign new з назвою.
organisers-campaign-list-withheld = { $count ->
    [one] Є { $count } кампанія; учасників поки замало, щоб показати, скільки людей прийшло через неї.
    [few] Є { $count } кампанії; учасників поки замало, щоб показати, скільки людей прийшло через кожну.
   *[other] Є { $count } кампаній; учасників поки замало, щоб показати, скільки людей прийшло через кожну.
}
organisers-campaign-list = Учасники за кампаніями (менше ніж { $min } показуємо як «<{ $min }»):
    { $lines }
organisers-campaign-line = { $name } ({ $code }): { $people }
organisers-campaign-line-none = Без кампанії: { $people }

# Читання відповідей з опитування, написаних власними словами (/review).
command-review-words = перегляд, переглянути
organisers-home-option-review = Непрочитані відповіді з опитування ({ $count })
organisers-review-none = Жодна відповідь з опитування не чекає на прочитання.
organisers-review-gone = Цю відповідь уже хтось прочитав, або її видалено. Переходимо до наступної.
organisers-review-text =
    Відповідь на запитання «{ $question }», тиждень з { $week }; усього чекають: { $waiting }.

    { $text }
organisers-review-question-removed = запитання, якого вже немає в опитуванні
organisers-review-option-read = Позначити як прочитану
organisers-review-option-idea = Зробити з неї ідею
organisers-review-option-next = Наступна (залишити непрочитаною)
organisers-review-option-stop = Повернутися до меню
organisers-review-marked = Позначено як прочитану.
organisers-review-area = До якої сфери належить ця ідея? Вона потрапить до банку ідей саме в такому формулюванні й одразу буде схвалена, тож учасники зможуть її оцінювати.
organisers-review-idea-added = Ідея { $code } ({ $area }) уже в банку ідей, і учасники можуть її оцінювати. Відповідь позначено як прочитану.
organisers-review-translate = Додати переклад, щоб цю ідею могли оцінити й ті, хто читає іншою мовою? Виберіть мову або перейдіть до наступної відповіді.
organisers-review-option-done = Готово, наступна відповідь

# The dashboard (/dashboard): a one-time sign-in link.
organisers-dashboard-link = Ваше посилання на панель: { $link }
    Воно спрацює один раз, протягом { $minutes ->
        [one] { $minutes } хвилини
       *[other] { $minutes } хвилин
    }. Відкрийте його в браузері й натисніть «Увійти». Не пересилайте його: хто відкриє першим, той увійде від вашого імені.
organisers-dashboard-off = Панель у цьому боті вимкнено.
