# Воркшопи наживо в панелі: список, керування для ведучих і сторінка для проєктора.
live-nav-workshops = Воркшопи
live-workshops-title = Воркшопи
live-workshops-intro = Воркшоп — це зала людей, які оцінюють ідеї на телефонах, а матриця на проєкторі заповнюється просто на очах. Відкрийте його тут або командою /workshop new у чаті.
live-new-heading = Відкрити воркшоп
live-name-label = Назва воркшопу (наприклад: Воля, 12 березня)
live-pace-label = Темп
live-pace = { $pace ->
        [together] Усі разом: ведучий веде залу від ідеї до ідеї
       *[self] Кожен у своєму темпі: ідеї одна за одною
    }
live-open-button = Відкрити воркшоп
live-list-heading = Усі воркшопи
live-column-name = Воркшоп
live-column-code = Код
live-column-status = Стан
live-status = { $open ->
        [yes] Триває
       *[no] Закритий
    }
live-none = Ще не відкрито жодного воркшопу.
live-name-missing = Будь ласка, дайте воркшопу назву. Нічого не створено.
live-pace-unknown = Будь ласка, виберіть один із двох темпів. Нічого не змінено.
live-area-unknown = Будь ласка, виберіть сферу зі списку. Нічого не змінено.
live-codes-missing = Будь ласка, напишіть коди ідей, які треба додати (наприклад: p12 p15). Нічого не змінено.
live-close-unconfirmed = Щоб закрити воркшоп, спершу поставте позначку для підтвердження. Воркшоп досі триває.
live-created = Воркшоп «{ $name }» відкрито. Додайте ідеї, які оцінюватиме зала, а тоді відкрийте сторінку для проєктора.
live-closed = Воркшоп «{ $name }» закрито. Усі в залі отримують подяку з результатами; підсумок — нижче.

# Керування одним воркшопом.
live-projector-link = Відкрити сторінку для проєктора
live-workshop-intro = Код зали { $code }. { $open ->
        [yes] { $pace ->
            [together] Зала йде разом.
           *[self] Кожен іде у своєму темпі.
        }
       *[no] Цей воркшоп закрито.
    }
live-now-heading = Зала зараз
live-figure-joined = Приєдналися
live-figure-present = Зараз у залі
live-figure-ideas = Ідеї
live-figure-rated = Оцінили поточну ідею
live-current-label = На екранах:
live-current-none = На екранах ще немає жодної ідеї.
live-controls-heading = Керування
live-codes-label = Додати ідеї за кодами, через пробіл або кому (наприклад: p12 p15)
live-summary-heading = Підсумок
live-summary-file = { $file ->
        [matrix] Матриця ідей воркшопу (зображення, PNG)
       *[ideas] Ідеї воркшопу з показниками (таблиця, XLSX)
    }
live-ideas-heading = Ідеї воркшопу
live-column-idea = Ідея
live-column-ratings = Оцінки
live-column-quadrant = Квадрант
live-not-enough = Поки замало оцінок (потрібно щонайменше { $min })
live-ideas-none = У воркшопі ще немає ідей. Додайте сферу, коди або ідею із зали.

# Сторінка для проєктора.
live-controls-link = Назад до керування
live-ended = Воркшоп завершився. Дякуємо всім!
live-join-heading = Приєднуйтеся
live-room-code = Код зали
live-join-typed = Відскануйте код телефоном або надішліть ботові:
live-qr-title = QR-код, щоб приєднатися до воркшопу, код зали { $code }
live-current-heading = Зараз оцінюємо
live-original = мовою оригіналу
live-matrix-heading = Ідеї зали на матриці
live-waiting-heading = Чекають на оцінки (кожній ідеї потрібно щонайменше { $min })
