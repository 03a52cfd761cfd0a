# Сторінки панелі: ідеї, модерація, кампанії та файли.

# Слова про ідеї, спільні для сторінок.
dashboard-status-waiting = Чекає на модерацію
dashboard-status-approved = Схвалена
dashboard-status-rejected = Відхилена
dashboard-status-merged = Об’єднана
dashboard-source-participant = Запропонована в чаті
dashboard-source-survey = З відповіді в опитуванні
dashboard-source-bank = Банк ідей ({ $name })
dashboard-language-unknown = Мову не зазначено
dashboard-ideas-number = { NUMBER($mean, minimumFractionDigits: 2, maximumFractionDigits: 2) }
dashboard-ideas-off-matrix = Поза матрицею
dashboard-ideas-too-few = Поки що замало оцінок ({ $ratings } з { $min })
dashboard-pager-label = Сторінки списку
dashboard-pager-previous = Попередня сторінка
dashboard-pager-next = Наступна сторінка

# Ідеї.
dashboard-ideas-title = Ідеї
dashboard-ideas-search = Пошук у текстах (будь-якою мовою)
dashboard-ideas-any = Усі
dashboard-ideas-apply = Показати
dashboard-ideas-clear = Скинути фільтри
dashboard-ideas-found = { $count ->
        [0] Жодна ідея не підходить.
        [one] Підходить { $count } ідея.
        [few] Підходять { $count } ідеї.
       *[other] Підходить { $count } ідей.
    }
dashboard-ideas-caption = Сторінка { $page } з { $pages }
dashboard-ideas-column-status = Статус
dashboard-ideas-column-source = Джерело

# Одна ідея.
dashboard-idea-title = Ідея { $code }
dashboard-idea-back = Усі ідеї
dashboard-idea-texts = Тексти
dashboard-idea-original = (оригінал)
dashboard-idea-facts = Про ідею
dashboard-idea-merged-into = об’єднана з { $code }
dashboard-idea-figures = Оцінки
dashboard-idea-history = Історія
dashboard-history-when = { $date }, { $time }
dashboard-history-someone = організатор
dashboard-history-proposed = Запропонована учасником у чаті.
dashboard-history-from-survey = Створена з відповіді учасника в опитуванні.
dashboard-history-seeded = Додана з банку ідей ({ $source }).
dashboard-history-approved = Схвалено. Хто: { $name }.
dashboard-history-rejected = Відхилено. Хто: { $name }. Причина: { $why }.
dashboard-history-merged-into = Об’єднано з { $into }. Хто: { $name }.
dashboard-history-merged-here = Ідею { $merged } об’єднано з цією. Хто: { $name }.
dashboard-history-edited = Текст виправлено. Хто: { $name }.
dashboard-history-translated = Додано переклад ({ $into }). Хто: { $name }.
dashboard-history-made = Додано до банку ідей. Хто: { $name }.

# Модерація.
dashboard-moderation-title = Модерація
dashboard-moderation-back = Назад до модерації
dashboard-moderation-ideas-heading = Ідеї, що чекають на модерацію ({ $count })
dashboard-moderation-ideas-none = Жодна ідея не чекає. Дякуємо!
dashboard-moderation-oldest = Показано { $shown } найстаріших із { $count }; наступні з’являться, коли ці буде розглянуто.
dashboard-moderation-written-in = Мова: { $language }
dashboard-moderation-approve = Схвалити
dashboard-moderation-reason = Причина відхилення
dashboard-moderation-reject = Відхилити
dashboard-moderation-more = Об’єднати, виправити чи перекласти { $code }
dashboard-moderation-decide = Рішення
dashboard-moderation-merge-heading = Об’єднати зі схваленою ідеєю
dashboard-moderation-merge-intro = Якщо схвалена ідея вже пропонує те саме, цю можна об’єднати з нею. Оцінки, які ця ідея вже має, до тієї не переходять.
dashboard-moderation-merge-choose = Схвалені ідеї з тієї самої сфери
dashboard-moderation-merge-code = Або код будь-якої схваленої ідеї
dashboard-moderation-merge = Об’єднати
dashboard-moderation-edit-heading = Виправити помилки
dashboard-moderation-edit-label = Текст мовою, якою його написано ({ $language })
dashboard-moderation-edit = Зберегти виправлення
dashboard-moderation-translate-heading = Додати переклад
dashboard-moderation-translate-language = Мова
dashboard-moderation-translate-text = Переклад
dashboard-moderation-translate = Додати переклад
dashboard-moderation-translate-complete = Ця ідея вже має текст усіма чотирма мовами.
dashboard-moderation-answers-heading = Відповіді з опитування, які чекають на прочитання ({ $count })
dashboard-moderation-answers-intro = Власні слова людей з опитування, без жодних даних про те, хто їх написав. Позначте їх прочитаними або додайте до банку ідей як схвалену ідею.
dashboard-moderation-answers-none = Жодна відповідь не чекає на прочитання.
dashboard-moderation-week = Написано протягом тижня, що почався { $day }
dashboard-moderation-mark-read = Позначити як прочитане
dashboard-moderation-area = Сфера нової ідеї
dashboard-moderation-make-idea = Перетворити на ідею
dashboard-moderation-done-approved = Ідею { $code } схвалено: тепер учасники можуть її оцінювати.
dashboard-moderation-done-rejected = Ідею { $code } відхилено.
dashboard-moderation-done-merged = Ідею { $code } об’єднано.
dashboard-moderation-done-edited = Текст ідеї { $code } виправлено.
dashboard-moderation-done-translated = Переклад ідеї { $code } додано.
dashboard-moderation-done-read = Відповідь позначено як прочитану.
dashboard-moderation-done-made = Ідея { $code } тепер у банку ідей. Додайте переклади, щоб її могли прочитати більше учасників.
dashboard-moderation-conflict-title = Уже вирішено
dashboard-moderation-conflict = Тим часом хтось інший уже ухвалив рішення щодо ідеї { $code }: тепер її статус — «{ $status }». Нічого не змінено.
dashboard-moderation-answer-gone = Цю відповідь уже прочитав хтось інший, або її більше немає. Нічого не змінено.
dashboard-moderation-refused-title = Не вдалося це зробити
dashboard-moderation-bad-reason = Виберіть причину відхилення зі списку. Нічого не змінено.
dashboard-moderation-bad-target = Немає схваленої ідеї з таким кодом. Перевірте код або виберіть ідею зі списку. Нічого не змінено.
dashboard-moderation-empty-text = Текст порожній. Нічого не змінено.
dashboard-moderation-text-exists = Ця ідея вже має текст цією мовою. Нічого не змінено.
dashboard-moderation-bad-language = Виберіть одну із запропонованих мов. Нічого не змінено.
dashboard-moderation-seeded = Ця ідея походить із файлу банку ідей; її тексти виправляють там. Нічого не змінено.
dashboard-moderation-bad-area = Виберіть сферу зі списку. Нічого не змінено.
dashboard-moderation-cannot = Не вдалося це зробити. Нічого не змінено.

# Кампанії.
dashboard-campaigns-title = Кампанії
dashboard-campaigns-intro = Кампанія — це окреме посилання для плаката, семінару чи онлайн-зустрічі: людей, які приєдналися через нього, зараховують до цієї кампанії, але ніколи не називають на ім’я.
dashboard-campaigns-new-heading = Нова кампанія
dashboard-campaigns-name = Назва (наприклад, семінар і його дата)
dashboard-campaigns-create = Створити кампанію
dashboard-campaigns-created = Кампанія { $code } готова. Нижче можна завантажити її QR-код для плаката.
dashboard-campaigns-list-heading = Усі кампанії
dashboard-campaigns-none = Кампаній ще немає.
dashboard-campaigns-code = Код
dashboard-campaigns-start = У будь-якому месенджері люди надсилають
dashboard-campaigns-link = Посилання для Telegram
dashboard-campaigns-since = Створено
dashboard-campaigns-qr-png = QR-код кампанії { $code } (PNG)
dashboard-campaigns-qr-svg = QR-код кампанії { $code } (SVG, для друку)
dashboard-campaigns-without = Без кампанії: { $people }
dashboard-campaigns-withheld = Поки приєдналося замало людей, щоб показати кількість за кампаніями й нікого не видати. Числа з’являться, коли приєднається більше людей (групи менші за { $min } ніколи не показуємо).
dashboard-campaigns-withheld-short = поки не показано
dashboard-campaigns-back = Назад до кампаній
dashboard-campaigns-refused-title = Не вдалося створити кампанію
dashboard-campaigns-empty-name = Дайте кампанії назву. Нічого не створено.

# Файли.
dashboard-downloads-title = Файли
dashboard-downloads-intro = Кожен файл створюється з поточних даних, тож це може тривати кілька секунд. Жоден не містить нічого, що вказувало б на учасника.
dashboard-downloads-export-heading = Усі ідеї
dashboard-downloads-export-intro = Кожна ідея з будь-яким статусом, із текстами всіма мовами, кількістю оцінок, середніми, стандартними відхиленнями та квадрантом.
dashboard-downloads-csv = Ідеї у форматі CSV (ideas.csv)
dashboard-downloads-xlsx = Ідеї у вигляді таблиці (ideas.xlsx)
dashboard-downloads-digest-heading = Файли дайджесту
dashboard-downloads-digest-intro = Дані від останнього дайджесту до цього моменту — ті самі, що в дайджесті й у файлі команди /export у чаті.
dashboard-downloads-workbook = Робоча книга (XLSX), як її надсилає /export
dashboard-downloads-chart = Матриця як зображення (PNG)

# Фільтри, спільні для сторінок потреб і матриці.
dashboard-filter-campaign = Кампанія
dashboard-filter-language = Мова
dashboard-filter-district = Район
dashboard-filter-migration = Досвід міграції
dashboard-filter-everyone = Усі

# Матриця.
dashboard-matrix-title = Матриця
dashboard-matrix-how = Кожна точка — це ідея, розміщена за середніми оцінками; що більше оцінок, то більша точка. Ідея з’являється на матриці, коли має { $min } { $min ->
        [one] оцінку
        [few] оцінки
        [many] оцінок
       *[other] оцінки
    }; лінії перетинаються в точці { NUMBER($midpoint, maximumFractionDigits: 1) }. Наведіть курсор на ідею або торкніться її, щоб прочитати її текст і цифри; клацніть або торкніться ще раз, щоб відкрити її.
dashboard-matrix-campaign-only = Тут враховано лише оцінки людей, які прийшли через кампанію «{ $name }».
dashboard-matrix-campaign-withheld = { $count ->
        [one] { $count } ідею тут не показано.
        [few] { $count } ідеї тут не показано.
       *[other] { $count } ідей тут не показано.
    } Ідея не з’являється на матриці кампанії, якщо серед тих, хто її оцінив, лише кілька людей (менше ніж { $min }) прийшли не через цю кампанію: інакше їхні оцінки можна було б обчислити, порівнявши результати кампанії із загальними.
dashboard-matrix-campaign-too-small = Матрицю кампанії «{ $name }» не показано: через неї прийшло менше ніж { $min } { $min ->
        [one] людина
        [few] людини
       *[other] людей
    } або їхню кількість приховано, щоб із неї не можна було обчислити меншу групу.
dashboard-matrix-waiting-heading = Поки що замало оцінок
dashboard-matrix-waiting-intro = Ці ідеї з’являться на матриці, коли кожна матиме { $min } { $min ->
        [one] оцінку
        [few] оцінки
        [many] оцінок
       *[other] оцінки
    }.
dashboard-matrix-waiting-none = Кожна ідея тут має достатньо оцінок.

# Потреби.
dashboard-needs-title = Потреби
dashboard-needs-none = Ще ніхто не відповів на опитування.
dashboard-needs-respondents = { $count ->
        [one] На опитування відповіла { $count } людина.
        [few] На опитування відповіли { $count } людини.
       *[other] На опитування відповіли { $count } людей.
    }
dashboard-needs-respondents-group = { $count ->
        [one] У цій групі на опитування відповіла { $count } людина.
        [few] У цій групі на опитування відповіли { $count } людини.
       *[other] У цій групі на опитування відповіли { $count } людей.
    }
dashboard-needs-suppression = Число, менше ніж { $min }, показано як «<{ $min }» і без смуги, щоб нікого не можна було впізнати.

# Що сталося із затвердженою ідеєю, на її сторінці.
dashboard-outcome-heading = Що сталося з ідеєю
dashboard-outcome-label = Стан
dashboard-outcome-note = Публічна примітка для тих, хто запропонував або оцінив ідею: що буде далі або чому ні (до { $max } символів, мовою цієї сторінки)
dashboard-outcome-save = Зберегти й повідомити
dashboard-outcome-translation = Примітка вибраною мовою
dashboard-outcome-bad = Виберіть стан зі списку. Нічого не змінено.
dashboard-outcome-too-long = Примітка задовга: скоротіть її до { $max } символів. Нічого не змінено.
dashboard-outcome-not-allowed = Стан можна встановити лише для схваленої ідеї, а перекласти — лише наявну примітку. Нічого не змінено.
dashboard-history-outcome = Стан змінено на «{ $outcome }». Хто: { $name }.
dashboard-history-outcome-translated = Додано примітку до стану ({ $into }). Хто: { $name }.
