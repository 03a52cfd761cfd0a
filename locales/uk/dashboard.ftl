# The organiser dashboard: every word its pages show (the figures' own words are the digest's).
dashboard-title = Панель
dashboard-skip = Перейти до змісту
dashboard-nav-label = Сторінки панелі
dashboard-nav-overview = Огляд
dashboard-nav-needs = Потреби
dashboard-nav-matrix = Матриця
dashboard-nav-ideas = Ідеї
dashboard-nav-moderation = Модерація
dashboard-nav-campaigns = Кампанії
dashboard-nav-downloads = Файли
dashboard-language-label = Мова
dashboard-language-apply = Змінити мову
dashboard-signed-in-as = Ви увійшли як { $name }
dashboard-sign-out = Вийти
dashboard-print = Надрукувати сторінку

# Signing in and out.
dashboard-signin-title = Вхід до панелі
dashboard-signin-intro = Натисніть кнопку, щоб увійти. Посилання спрацює один раз: потім надішліть боту /dashboard, і отримаєте нове.
dashboard-signin-button = Увійти
dashboard-signin-invalid-title = Цим посиланням уже не можна скористатися
dashboard-signin-invalid = Кожне посилання для входу спрацьовує один раз, протягом { $minutes ->
        [one] { $minutes } хвилини
       *[other] { $minutes } хвилин
    }. Це вже використане або термін його дії минув. Надішліть /dashboard боту в чаті, і отримаєте нове.
dashboard-signed-out-title = Увійдіть із чату
dashboard-signed-out = Щоб відкрити панель, надішліть /dashboard боту в чаті, де ви організатор (або виберіть «Панель у браузері» в меню організатора). Бот відповість посиланням, яке вас впустить.
dashboard-signed-out-done = Ви вийшли.
dashboard-too-many-title = Зачекайте трохи
dashboard-too-many = Було забагато спроб увійти. Зачекайте { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
       *[other] { $minutes } хвилин
    } і відкрийте посилання знову; якщо до того часу воно втратить чинність, надішліть /dashboard, і отримаєте нове.
dashboard-refused-title = Цю форму не можна прийняти
dashboard-refused = Форму надіслано не з відкритої сторінки панелі, тож нічого не змінено. Поверніться, оновіть сторінку й спробуйте ще раз.
dashboard-bad-language-title = Ця мова недоступна
dashboard-bad-language = Панель розмовляє польською, українською, англійською та російською; виберіть одну з цих мов. Нічого не змінено.
dashboard-not-found-title = Сторінку не знайдено
dashboard-not-found = Такої сторінки немає або вона ще не готова. Виберіть сторінку в меню.

# Overview.
dashboard-overview-title = Огляд
dashboard-overview-period = Від останнього дайджесту ({ $since }) до цього моменту ({ $until }).
dashboard-figures-heading = У цифрах
dashboard-figure-participants = Учасники
dashboard-figure-completed = Заповнені опитування
dashboard-figure-ratings = Оцінки
dashboard-figure-approved = Схвалені ідеї
dashboard-figure-waiting = Ідеї, що чекають на модерацію
dashboard-figure-to-read = Відповіді з опитування, які чекають на прочитання
dashboard-change-since-digest = +{ $count } від останнього дайджесту
dashboard-change-proposed = запропоновано від останнього дайджесту: { $count }
dashboard-people-heading = Хто бере участь
dashboard-column-group = Група
dashboard-survey-heading = Що дається найважче
dashboard-survey-scale = Спершу найважче. Середні відповіді від 1 = дуже важко до 5 = дуже легко.
dashboard-column-change = Від останнього дайджесту
dashboard-column-needs = Головні потреби (людей)
dashboard-matrix-heading = Ідеї на матриці
dashboard-column-quadrant = Квадрант
dashboard-column-ideas = Ідеї
dashboard-leading-wow = Провідні ідеї WOW: дієві й легкі
dashboard-leading-how = Провідні ідеї HOW: дієві, але потребують часу й ресурсів
dashboard-mean = { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }
