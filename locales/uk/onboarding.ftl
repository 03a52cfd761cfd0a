onboarding-language = Вітаємо! Цей бот допомагає міській владі Варшави та місцевим організаціям почути людей, які сюди переїхали. Якою мовою вам зручніше спілкуватися?
onboarding-consent = Чи погоджуєтеся ви, щоб ми зберігали ваші відповіді так, як описано вище?
onboarding-consent-option-yes = Так, погоджуюся
onboarding-consent-option-no = Ні
onboarding-consent-thanks = Дякуємо! Ще два необов’язкові запитання — і можна починати.
onboarding-consent-refused = Гаразд. Ми не зберегли нічого, крім вашого «ні». Якщо передумаєте, надішліть /start.
onboarding-migration = Чи маєте ви власний досвід міграції (чи переїхали ви до Польщі з іншої країни)?
onboarding-migration-option-yes = Так
onboarding-migration-option-no = Ні
onboarding-district = У якому районі Варшави ви живете (або проводите найбільше часу)?
onboarding-district-option-elsewhere = Інше місце
onboarding-done = Усе готово. Дякуємо!
onboarding-finish-first = Спершу завершімо ці кілька кроків — це займе хвилину.
onboarding-still-right =
    З поверненням! Чи ці дані досі правильні?
    - мова: { $language }
    - досвід міграції: { $migration ->
        [yes] так
        [no] ні
        [undisclosed] волію не відповідати
       *[other] немає відповіді
    }
    - район: { $district ->
        [elsewhere] інше місце
        [undisclosed] волію не відповідати
        [none] немає відповіді
       *[other] { $district_name }
    }
onboarding-still-right-option-yes = Так, усе правильно
onboarding-still-right-option-change = Змінити
onboarding-survey-offer = Дякуємо! Бажаєте зараз пройти опитування? Це займе близько 5 хвилин, і будь-яке запитання можна пропустити.
onboarding-survey-option-yes = Так, почати
onboarding-survey-option-later = Пізніше
