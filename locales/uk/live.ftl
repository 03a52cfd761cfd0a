# Зустрічі наживо (воркшопи) в панелі: список, керування для ведучих і сторінка для проєктора.
live-nav-workshops = Зустрічі
live-workshops-title = Зустрічі
live-workshops-intro = На зустрічі люди в залі оцінюють ідеї на телефонах, а матриця на проєкторі заповнюється просто на очах. Відкрийте зустріч тут або командою /workshop new у чаті.
live-new-heading = Відкрити зустріч
live-name-label = Назва зустрічі (наприклад: Воля, 12 березня)
live-pace-label = Темп
live-pace = { $pace ->
        [together] Усі разом: ведучий переводить залу від ідеї до ідеї
       *[self] Кожен у своєму темпі: ідеї одна за одною
    }
live-open-button = Відкрити зустріч
live-list-heading = Усі зустрічі
live-column-name = Зустріч
live-column-code = Код
live-column-status = Стан
live-status = { $open ->
        [yes] Триває
       *[no] Завершена
    }
live-none = Ще не відкрито жодної зустрічі.
live-name-missing = Будь ласка, дайте зустрічі назву. Нічого не створено.
live-pace-unknown = Будь ласка, виберіть один із двох темпів. Нічого не змінено.
live-area-unknown = Будь ласка, виберіть сферу зі списку. Нічого не змінено.
live-codes-missing = Будь ласка, напишіть коди ідей, які треба додати (наприклад: p12 p15). Нічого не змінено.
live-idea-empty = Будь ласка, напишіть ідею, яку запропонувала зала. Нічого не додано.
live-close-unconfirmed = Щоб завершити зустріч, спершу поставте позначку для підтвердження. Зустріч досі триває.
live-created = Зустріч «{ $name }» відкрито. Додайте ідеї, які оцінюватиме зала, а тоді відкрийте сторінку для проєктора.
live-closed = Зустріч «{ $name }» завершено. Усі в залі отримають подяку з результатами. Підсумок — нижче. Бот також надішле його вам у чат.

# Керування однією зустріччю.
live-projector-link = Відкрити сторінку для проєктора
live-workshop-intro = Код зустрічі: { $code }. { $open ->
        [yes] { $pace ->
            [together] Усі йдуть разом, ідея за ідеєю.
           *[self] Кожен іде у своєму темпі.
        }
       *[no] Цю зустріч завершено.
    }
live-now-heading = Хід зустрічі
live-figure-joined = Приєдналися
live-figure-present = Зараз у залі
live-figure-ideas = Ідеї
live-figure-rated = Оцінили поточну ідею
live-current-label = На екранах:
live-current-none = На екранах ще немає жодної ідеї.
live-controls-heading = Керування
live-codes-label = Напишіть коди ідей через пробіл або кому (наприклад: p12 p15)
live-summary-heading = Підсумок
live-summary-file = { $file ->
        [matrix] Ідеї зустрічі на матриці (зображення, PNG)
       *[ideas] Ідеї зустрічі та їхні результати (таблиця, XLSX)
    }
live-ideas-heading = Ідеї зустрічі
live-column-idea = Ідея
live-column-ratings = Оцінки
live-column-quadrant = Квадрант
live-not-enough = Поки замало оцінок (потрібно щонайменше { $min })
live-ideas-none = У списку зустрічі ще немає ідей. Додайте ідеї зі сфери, за кодами або ідею із зали.

# Сторінка для проєктора.
live-controls-link = Назад до керування
live-ended = Зустріч завершилася. Дякуємо всім!
live-join-heading = Приєднуйтеся
live-room-code = Код зустрічі
live-join-typed = Відскануйте QR-код телефоном або надішліть ботові:
live-qr-title = QR-код, щоб приєднатися до зустрічі. Код зустрічі: { $code }
live-current-heading = Зараз оцінюємо
live-original = оригінал
live-matrix-heading = Ідеї зали на матриці
live-waiting-heading = Чекають на оцінки (кожній ідеї потрібно щонайменше { $min })
