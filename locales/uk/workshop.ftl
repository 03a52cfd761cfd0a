# Зустрічі наживо (воркшопи): зала оцінює ідеї на телефонах. Темп: «together» (ведучий
# переводить залу від ідеї до ідеї) або «self» (кожен у своєму темпі). «Warsztat» у файлах
# українською — «зустріч», як у organisers.ftl.
command-workshop-words = воркшоп, майстерня

# Сторона учасника.
workshop-joined-together = Вітаємо на зустрічі «{ $name }»! Ви оцінюватимете ідеї, які обговорює зала, по одній. Щойно ведучий перейде далі, на вашому телефоні з’явиться наступна ідея. Вийти можна будь-коли командою /menu. Щоб повернутися, надішліть /start { $code }.
workshop-joined-self = Вітаємо на зустрічі «{ $name }»! Ви оцінюватимете ідеї зустрічі одну за одною, у своєму темпі. Вийти можна будь-коли командою /menu. Щоб повернутися, надішліть /start { $code }.
workshop-option-leave = Вийти із зустрічі
workshop-wait-together = Наступна ідея з’явиться тут, щойно ведучий її покаже.
workshop-wait-self = Поки що більше немає ідей для оцінювання. Якщо додадуть нові, вони з’являться тут. Результати ви побачите, коли зустріч завершиться.
workshop-saved = Збережено!
workshop-left = Ви вийшли із зустрічі. Щоб повернутися, поки вона триває, надішліть /start { $code }.
workshop-ended = Зустріч «{ $name }» уже завершилася. Дякуємо за зацікавлення! Тут ви будь-коли можете пропонувати ідеї й оцінювати ідеї інших.
workshop-thanks = Зустріч «{ $name }» завершилася. Дякуємо за участь! Ваші оцінки враховано в спільній матриці ідей — разом з оцінками інших людей.
workshop-result =
    Ідеї зустрічі з найкращими оцінками:

    { $ideas }
workshop-result-none = Поки що жодна ідея не має достатньо оцінок, щоб потрапити на матрицю: кожній потрібно щонайменше { $min } { $min ->
        [one] оцінка
        [few] оцінки
        [many] оцінок
       *[other] оцінки
    }. Організатори поділяться результатами пізніше.

# Сторона організатора.
organisers-home-option-workshop = Зустріч наживо
organisers-workshop-usage = Надішліть /workshop new і назву зустрічі або /workshop, щоб побачити зустрічі, які тривають.
organisers-workshop-name = Як називається зустріч? Наприклад: «Воля, 12 березня».
organisers-workshop-created = Зустріч «{ $name }» відкрито. Код зустрічі: { $code }. У Signal або в терміналі учасникам достатньо надіслати: { $start }
organisers-workshop-qr = QR-код зустрічі: покажіть його на екрані або роздрукуйте для столів.
organisers-workshop-none = Зараз не триває жодна зустріч.
organisers-workshop-choose = Яку зустріч вибрати?
organisers-workshop-option-new = Відкрити нову зустріч
organisers-workshop-gone = Цю зустріч уже завершено.
organisers-workshop-status =
    Зустріч «{ $name }», код { $code }.
    Ідеї: { $ideas }. Учасники: { $joined } (зараз у залі: { $present }).
    { $pace ->
        [together]
            Усі разом, ідея за ідеєю.
            { $shown ->
                [none] На екранах ще немає жодної ідеї.
               *[other] Зараз на екранах: { $shown } (оцінок: { $rated })
            }
       *[self] Кожен у своєму темпі.
    }
organisers-workshop-option-next = Наступна ідея для всіх
organisers-workshop-option-idea = Додати ідею із зали
organisers-workshop-option-area = Додати ідеї зі сфери
organisers-workshop-option-list = Додати ідеї за кодами
organisers-workshop-option-pace = { $pace ->
        [together] Перемкнути: кожен у своєму темпі
       *[self] Перемкнути: усі разом
    }
organisers-workshop-option-close = Завершити зустріч
organisers-workshop-moved = Наступна ідея надходить на { $people } { $people ->
        [one] телефон
        [few] телефони
        [many] телефонів
       *[other] телефону
    }.
organisers-workshop-last = Більше ідей немає. Додайте нові або завершіть зустріч.
organisers-workshop-paced = { $pace ->
        [together] Тепер усі рухаються разом: виберіть «Наступна ідея для всіх», щоб показати наступну ідею на кожному телефоні.
       *[self] Тепер кожен оцінює ідеї у своєму темпі.
    }
organisers-workshop-area = З якої сфери додати ідеї?
organisers-workshop-list = Надішліть коди ідей, які треба додати, через пробіл або кому (наприклад: p12 p15).
organisers-workshop-added = { $count ->
        [0] Жодної ідеї не додано: їх уже додали раніше або не знайшли.
        [one] До списку зустрічі додано { $count } ідею.
        [few] До списку зустрічі додано { $count } ідеї.
        [many] До списку зустрічі додано { $count } ідей.
       *[other] До списку зустрічі додано { $count } ідеї.
    }
organisers-workshop-unknown = Схвалених ідей із такими кодами немає: { $codes }
organisers-workshop-idea = Напишіть ідею, яку запропонувала зала. Її одразу буде схвалено й додано до списку зустрічі.
organisers-workshop-idea-empty = Тут немає тексту. Напишіть ідею або виберіть «Назад».
organisers-workshop-idea-long =
    У цій ідеї { $length } { $length ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символу
    }, а обмеження — { $max }. Будь ласка, скоротіть її.
organisers-workshop-idea-added = Ідею додано до списку зустрічі.
organisers-workshop-close = Завершити зустріч «{ $name }»? Усі в залі отримають подяку з результатами, і більше ніхто не зможе долучитися.
organisers-workshop-close-option-yes = Завершити зустріч
organisers-workshop-closed = Зустріч «{ $name }» завершено. Підсумок незабаром надійде.

# Підсумок для організатора після завершення зустрічі.
workshop-summary =
    Зустріч «{ $name }» ({ $code }): { $joined } { $joined ->
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
    } в залі.
    WOW: { $wow }, HOW: { $how }, NOW: { $now }, POW: { $pow }, замало оцінок: { $unplaced }.
workshop-summary-chart = Ідеї зустрічі на матриці — з усіма їхніми оцінками, зокрема поза залою.
workshop-summary-workbook = Ідеї зустрічі та їхні результати — у таблиці.
workshop-chart-title = Зустріч «{ $name }»
