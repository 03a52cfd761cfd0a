# Опитування про потреби. Звертаємося до учасника на «ви».

## Перебіг опитування

survey-intro = Ви можете пропустити будь-яке запитання, зупинитися будь-коли й повернутися пізніше.
survey-progress = { $current } / { $total }
survey-progress-topic = { $current } / { $total } · { $topic }
survey-progress-hint =
    { $progress }
    { $hint }
survey-option-chosen = ✓ { $label }
survey-multi-hint = { $messenger ->
        [telegram] Позначте все, що підходить, а потім натисніть «{ survey-option-done }».
       *[other] Можна обрати кілька варіантів.
    }
survey-option-done = Готово
survey-option-skip = Пропустити
survey-option-back = Назад
survey-text-hint =
    Напишіть своїми словами або пропустіть це запитання. Максимум { $max } { $max ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символів
    }. Будь ласка, не пишіть імен, адрес чи номерів телефонів.
survey-text-too-long =
    У вашому тексті { $length } { $length ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символів
    }, а можна щонайбільше { $max }. Будь ласка, скоротіть його.
survey-summary =
    Ось ваші відповіді. Оберіть запитання, щоб змінити відповідь, або завершіть опитування.

    { $answers }
survey-summary-item = { $question }: { $answer }
survey-summary-skipped = (пропущено)
survey-option-finish = Завершити
survey-finished = Дякуємо, ваші відповіді збережено! Організатори бачать їх лише в загальних підсумках, разом із відповідями інших, а те, що ви написали своїми словами, читають без імені чи інших даних про автора. Бажаєте запропонувати ідею або оцінити ідеї інших?
survey-option-propose-idea = Запропонувати ідею
survey-option-rate-ideas = Оцінити ідеї інших
survey-option-menu = Головне меню
survey-resume = З поверненням! Продовжімо з того місця, де ви зупинилися.
survey-retake-confirm = Ви вже пройшли це опитування. Бажаєте пройти його ще раз? Враховуватимуться лише ваші найновіші відповіді.
survey-option-retake = Пройти ще раз

## Сфери інтеграції

dimension-welfare = Соціальна сфера: житло, здоров’я, школа
dimension-economic = Економічна сфера: робота, дипломи, розвиток
dimension-legal = Правова сфера: документи, установи, права
dimension-cultural = Культура: мова, події, свята
dimension-social = Соціальні зв’язки: сусіди, спільнота

## Спільне

survey-option-undisclosed = Волію не відповідати
survey-need-other = Щось інше
survey-needs-other-text = Що ще для вас важливо? Напишіть коротко.
survey-scale-easy = дуже легко
survey-scale-hard = дуже важко
survey-stop-under-16 = Дякуємо, що хочете допомогти! Це опитування для людей віком від 16 років, тож ми зупинилися на цьому й видалили все, що ви нам повідомили. Якщо вам зараз важко, можна безкоштовно зателефонувати на Телефон довіри для дітей і молоді: 116 111, щодня й цілодобово. Замість вас може взяти участь хтось дорослий із вашої родини. Щоб почати знову, надішліть /start.

## Про вас

survey-profile-age = Скільки вам років?
survey-profile-age-under-16 = Менше 16
survey-profile-age-16-24 = 16–24
survey-profile-age-25-34 = 25–34
survey-profile-age-35-44 = 35–44
survey-profile-age-45-54 = 45–54
survey-profile-age-55-64 = 55–64
survey-profile-age-65-plus = 65 і старше
survey-profile-time = Скільки часу ви живете в Польщі?
survey-profile-time-under-1 = Менше року
survey-profile-time-1-2 = 1–2 роки
survey-profile-time-3-5 = 3–5 років
survey-profile-time-over-5 = Понад 5 років

## Соціальна сфера

survey-welfare-difficulty = Загалом, наскільки вам легко з цими справами у Варшаві?
survey-welfare-needs = Житло, здоров’я, підтримка: що зараз для вас найважливіше?
survey-welfare-need-housing = Доступне житло
survey-welfare-need-health-care = Лікар і лікування
survey-welfare-need-benefits = Соціальні виплати й допомога
survey-welfare-need-school-childcare = Школа, садочок, ясла
survey-welfare-need-psychological-help = Психологічна підтримка
survey-welfare-need-material-help = Їжа, одяг, речі першої потреби
survey-welfare-need-daily-life-info = Розуміння, як тут усе влаштовано

## Економічна сфера

survey-economic-difficulty = Загалом, наскільки вам легко з цими справами у Варшаві?
survey-economic-needs = Робота й розвиток: що зараз для вас найважливіше?
survey-economic-need-job-matching-skills = Робота відповідно до моїх навичок
survey-economic-need-diploma-recognition = Визнання диплома й кваліфікації
survey-economic-need-labour-rights = Трудові права, чесний договір
survey-economic-need-cv-career-help = Допомога з резюме та кар’єрою
survey-economic-need-further-education = Курси й подальше навчання
survey-economic-need-work-experience = Стажування чи волонтерство
survey-economic-need-own-business = Власна справа

## Правова сфера

survey-legal-difficulty = Загалом, наскільки вам легко з цими справами у Варшаві?
survey-legal-needs = Документи й права: що зараз для вас найважливіше?
survey-legal-need-residence-work-permits = Карта побиту, дозвіл на роботу
survey-legal-need-official-letters = Розуміння офіційних листів
survey-legal-need-free-legal-aid = Безоплатна правова допомога
survey-legal-need-interpreting-offices = Перекладач в установах
survey-legal-need-registration-documents = PESEL, реєстрація, інші документи
survey-legal-need-knowing-rights = Знання своїх прав
survey-legal-need-voting-participation = Право голосу, вплив на місто

## Культура

survey-cultural-difficulty = Загалом, наскільки вам легко з цими справами у Варшаві?
survey-cultural-needs = Мова й культура: що зараз для вас найважливіше?
survey-cultural-need-learning-polish = Вивчення польської
survey-cultural-need-events-own-language = Кіно, театр, події моєю мовою
survey-cultural-need-customs-holidays = Польські звичаї та свята
survey-cultural-need-keeping-own-culture = Збереження своєї мови й культури
survey-cultural-need-sharing-own-culture = Можливість показати свою культуру
survey-cultural-need-leisure-activities = Спорт, музика, танці, гуртки
survey-cultural-need-family-events = Події для родин із дітьми

## Соціальні зв’язки

survey-social-difficulty = Загалом, наскільки вам легко з цими справами у Варшаві?
survey-social-needs = Люди навколо: що зараз для вас найважливіше?
survey-social-need-meeting-neighbours = Знайомство із сусідами
survey-social-need-language-tandems = Мовний обмін (тандем)
survey-social-need-places-to-meet = Місця для зустрічей
survey-social-need-discrimination = Захист від дискримінації
survey-social-need-belonging = Відчуття, що я тут удома
survey-social-need-local-initiatives = Волонтерство й місцеві ініціативи
survey-social-need-support-network = Люди, до яких можна звернутися

## Наостанок

survey-help-most = І наостанок: що найбільше допомогло б вам добре жити у Варшаві? Напишіть своїми словами.

## Назви запитань у підсумку

-survey-welfare = Соціальна сфера
-survey-economic = Економічна сфера
-survey-legal = Правова сфера
-survey-cultural = Культура
-survey-social = Соціальні зв’язки

survey-profile-age-short = Вік
survey-profile-time-short = Скільки часу в Польщі
survey-welfare-difficulty-short = { -survey-welfare } — наскільки легко
survey-welfare-needs-short = { -survey-welfare } — що найважливіше
survey-welfare-needs-other-short = { -survey-welfare } — своїми словами
survey-economic-difficulty-short = { -survey-economic } — наскільки легко
survey-economic-needs-short = { -survey-economic } — що найважливіше
survey-economic-needs-other-short = { -survey-economic } — своїми словами
survey-legal-difficulty-short = { -survey-legal } — наскільки легко
survey-legal-needs-short = { -survey-legal } — що найважливіше
survey-legal-needs-other-short = { -survey-legal } — своїми словами
survey-cultural-difficulty-short = { -survey-cultural } — наскільки легко
survey-cultural-needs-short = { -survey-cultural } — що найважливіше
survey-cultural-needs-other-short = { -survey-cultural } — своїми словами
survey-social-difficulty-short = { -survey-social } — наскільки легко
survey-social-needs-short = { -survey-social } — що найважливіше
survey-social-needs-other-short = { -survey-social } — своїми словами
survey-help-most-short = Що допомогло б найбільше
survey-pair =
    { $needs }
    { $scale }
    { $messenger ->
        [telegram] Позначте все, що підходить, а потім натисніть число — і ви перейдете далі.
       *[other] Надішліть одним повідомленням число від 1 до 5 (наскільки легко) і номери всього, що підходить, наприклад: 2, 6, 8.
    }
survey-pair-scale-missing = Записали. А наскільки вам із цим легко, від 1 до 5?
survey-option-next = Далі
survey-option-keep = Залишити мою відповідь
survey-text-earlier = Ваша відповідь: { $answer }
survey-option-my-answers = Переглянути або змінити відповіді
