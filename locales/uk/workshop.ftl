# Воркшопи наживо: зала оцінює ідеї на телефонах. Темп: «together» (ведучий переводить залу від
# ідеї до ідеї) або «self» (кожен у своєму темпі).
command-workshop-words = воркшоп, майстерня

# Сторона учасника.
workshop-joined-together = Вітаємо на воркшопі «{ $name }»! Ви оцінюватимете ідеї, які обговорює зала, по одній: кожне питання з’явиться на вашому телефоні, щойно ведучий перейде далі. Вийти можна будь-коли через /menu, а повернутися — з кодом { $code }.
workshop-joined-self = Вітаємо на воркшопі «{ $name }»! Ви оцінюватимете ідеї воркшопу одну за одною, у своєму темпі. Вийти можна будь-коли через /menu, а повернутися — з кодом { $code }.
workshop-option-leave = Вийти з воркшопу
workshop-wait-together = Дякуємо! Наступна ідея з’явиться тут, щойно ведучий перейде далі.
workshop-wait-self = Поки що ви оцінили всі ідеї воркшопу. Якщо зала додасть нову, вона з’явиться тут. Результати — наприкінці.
workshop-saved = Збережено!
workshop-left = Ви вийшли з воркшопу. Щоб повернутися, поки він триває, надішліть /start { $code }.
workshop-ended = Воркшоп «{ $name }» уже завершився. Дякуємо за інтерес! Тут ви будь-коли можете ділитися ідеями й оцінювати ідеї інших.
workshop-thanks = Воркшоп «{ $name }» завершився. Дякуємо за участь: ваші оцінки враховано на матриці ідей разом з оцінками всіх інших.
workshop-result =
    Що зала вважає найперспективнішим:

    { $ideas }
workshop-result-none = Поки що жодна ідея не має достатньо оцінок, щоб потрапити на матрицю: кожній потрібно щонайменше { $min } { $min ->
        [one] оцінка
        [few] оцінки
        [many] оцінок
       *[other] оцінки
    }. Організатори поділяться результатами пізніше.

# Сторона організатора.
organisers-home-option-workshop = Воркшоп наживо
organisers-workshop-usage = Надішліть /workshop new і назву воркшопу або /workshop, щоб побачити воркшопи, які тривають.
organisers-workshop-name = Як називається воркшоп? Наприклад: «Воля, 12 березня».
organisers-workshop-created = Воркшоп «{ $name }» відкрито. Код зали: { $code }. У Signal або в терміналі достатньо надіслати: { $start }
organisers-workshop-qr = QR-код зали: покажіть його на екрані або роздрукуйте для столів.
organisers-workshop-none = Зараз не триває жоден воркшоп.
organisers-workshop-choose = Який воркшоп?
organisers-workshop-option-new = Відкрити новий воркшоп
organisers-workshop-gone = Цей воркшоп уже закрито.
organisers-workshop-status =
    Воркшоп «{ $name }», код { $code }, { $pace ->
        [together] усі разом
       *[self] кожен у своєму темпі
    }.
    Ідеї: { $ideas }. Долучилися: { $joined }, зараз у залі: { $present }.
    { $shown ->
        [none] На екранах ще немає жодної ідеї.
       *[other] Зараз на екранах: { $shown } (оцінок: { $rated })
    }
organisers-workshop-option-next = Наступна ідея для всіх
organisers-workshop-option-idea = Додати ідею із зали
organisers-workshop-option-area = Додати ідеї зі сфери
organisers-workshop-option-list = Додати ідеї за кодами
organisers-workshop-option-pace = { $pace ->
        [together] Перейти на власний темп
       *[self] Перейти на «усі разом»
    }
organisers-workshop-option-close = Закрити воркшоп
organisers-workshop-moved = Наступна ідея надходить на { $people } { $people ->
        [one] телефон
        [few] телефони
        [many] телефонів
       *[other] телефону
    }.
organisers-workshop-last = Це була остання ідея воркшопу. Додайте ще одну або закрийте воркшоп.
organisers-workshop-paced = { $pace ->
        [together] Тепер зала рухається разом: натисніть «Наступна ідея для всіх», щоб показати ідею на кожному телефоні.
       *[self] Тепер кожен проходить ідеї у своєму темпі.
    }
organisers-workshop-area = Ідеї якої сфери має оцінити зала?
organisers-workshop-list = Надішліть коди ідей, які треба додати, через пробіл або кому (наприклад: p12 p15).
organisers-workshop-added = { $count ->
        [0] Нових ідей не додано: вони вже є у воркшопі або їх немає.
        [one] До воркшопу додано { $count } ідею.
        [few] До воркшопу додано { $count } ідеї.
        [many] До воркшопу додано { $count } ідей.
       *[other] До воркшопу додано { $count } ідеї.
    }
organisers-workshop-unknown = Жодна схвалена ідея не має таких кодів: { $codes }
organisers-workshop-idea = Запишіть ідею, яку запропонувала зала. Її одразу буде схвалено й додано до воркшопу.
organisers-workshop-idea-empty = Ідея порожня. Запишіть її або поверніться назад.
organisers-workshop-idea-long = Тут { $length } символів, а ідея може мати щонайбільше { $max }. Будь ласка, скоротіть її.
organisers-workshop-idea-added = Ідею додано до воркшопу.
organisers-workshop-close = Закрити воркшоп «{ $name }»? Усі в залі отримають подяку з результатами, і більше ніхто не зможе долучитися.
organisers-workshop-close-option-yes = Закрити воркшоп
organisers-workshop-closed = Воркшоп «{ $name }» закрито. Підсумок надійде за мить.

# Підсумок для організатора після закриття воркшопу.
workshop-summary =
    Воркшоп «{ $name }» ({ $code }): { $joined } { $joined ->
        [one] людина долучилася
        [few] людини долучилися
        [many] людей долучилися
       *[other] людини долучилися
    }, { $ideas } { $ideas ->
        [one] ідея
        [few] ідеї
        [many] ідей
       *[other] ідеї
    }, { $ratings } { $ratings ->
        [one] оцінка
        [few] оцінки
        [many] оцінок
       *[other] оцінки
    } від зали.
    WOW: { $wow }, HOW: { $how }, NOW: { $now }, POW: { $pow }, замало оцінок: { $unplaced }.
workshop-summary-chart = Ідеї воркшопу на матриці, з усіма їхніми оцінками.
workshop-summary-workbook = Ідеї воркшопу з цифрами, у таблиці.
workshop-chart-title = Воркшоп «{ $name }»
