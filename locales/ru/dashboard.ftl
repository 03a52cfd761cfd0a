# The organiser dashboard: every word its pages show (the figures' own words are the digest's).
dashboard-title = Панель
dashboard-skip = Перейти к содержанию
dashboard-nav-label = Страницы панели
dashboard-nav-overview = Обзор
dashboard-nav-needs = Потребности
dashboard-nav-matrix = Матрица
dashboard-nav-ideas = Идеи
dashboard-nav-moderation = Модерация
dashboard-nav-campaigns = Кампании
dashboard-nav-downloads = Файлы
dashboard-language-label = Язык
dashboard-language-apply = Сменить язык
dashboard-signed-in-as = Вы вошли как { $name }
dashboard-sign-out = Выйти
dashboard-print = Распечатать страницу

# Signing in and out.
dashboard-signin-title = Вход в панель
dashboard-signin-intro = Нажмите кнопку, чтобы войти. Ссылка сработает один раз: потом отправьте боту /dashboard, и получите новую.
dashboard-signin-button = Войти
dashboard-signin-invalid-title = Этой ссылкой уже нельзя воспользоваться
dashboard-signin-invalid = Каждая ссылка для входа срабатывает один раз, в течение { $minutes ->
        [one] { $minutes } минуты
       *[other] { $minutes } минут
    }. Эта уже использована или её срок истёк. Отправьте /dashboard боту в чате, и получите новую.
dashboard-signed-out-title = Войдите из чата
dashboard-signed-out = Чтобы открыть панель, отправьте /dashboard боту в чате, где вы организатор (или выберите «Панель в браузере» в меню организатора). Бот ответит ссылкой, по которой вы войдёте.
dashboard-signed-out-done = Вы вышли.
dashboard-too-many-title = Подождите немного
dashboard-too-many = Было слишком много попыток войти. Подождите { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
       *[other] { $minutes } минут
    } и откройте ссылку снова; если к тому времени её срок истечёт, отправьте /dashboard, и получите новую.
dashboard-refused-title = Эту форму нельзя принять
dashboard-refused = Форма отправлена не с открытой страницы панели, поэтому ничего не изменено. Вернитесь, обновите страницу и попробуйте ещё раз.
dashboard-bad-language-title = Этот язык недоступен
dashboard-bad-language = Панель говорит по-польски, по-украински, по-английски и по-русски; выберите один из этих языков. Ничего не изменено.
dashboard-not-found-title = Страница не найдена
dashboard-not-found = Такой страницы нет или она ещё не готова. Выберите страницу в меню.

# Overview.
dashboard-overview-title = Обзор
dashboard-overview-period = С последнего дайджеста ({ $since }) до этого момента ({ $until }).
dashboard-figures-heading = В цифрах
dashboard-figure-participants = Участники
dashboard-figure-completed = Заполненные опросы
dashboard-figure-ratings = Оценки
dashboard-figure-approved = Одобренные идеи
dashboard-figure-waiting = Идеи, ожидающие модерации
dashboard-figure-to-read = Ответы из опроса, ожидающие прочтения
dashboard-change-since-digest = +{ $count } с последнего дайджеста
dashboard-change-proposed = предложено с последнего дайджеста: { $count }
dashboard-people-heading = Кто участвует
dashboard-column-group = Группа
dashboard-survey-heading = Что даётся труднее всего
dashboard-survey-scale = Сначала самое трудное. Средние ответы от 1 = очень трудно до 5 = очень легко.
dashboard-column-change = С последнего дайджеста
dashboard-column-needs = Главные потребности (человек)
dashboard-matrix-heading = Идеи на матрице
dashboard-column-quadrant = Квадрант
dashboard-column-ideas = Идеи
dashboard-leading-wow = Ведущие идеи WOW: действенные и лёгкие
dashboard-leading-how = Ведущие идеи HOW: действенные, но требуют времени и ресурсов
dashboard-mean = { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }
