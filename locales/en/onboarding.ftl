onboarding-language = Hello! This bot helps the city of Warsaw and local organisations hear people who have moved here. Which language do you prefer?
onboarding-consent = Do you agree that we keep your answers as described above?
onboarding-consent-option-yes = Yes, I agree
onboarding-consent-option-no = No
onboarding-consent-thanks = Thank you! Two optional questions, then we can start.
onboarding-consent-refused = That’s fine. We have kept nothing but your “no”. If you change your mind, send /start.
onboarding-migration = Do you have your own experience of migration (did you move to Poland from another country)?
onboarding-migration-option-yes = Yes
onboarding-migration-option-no = No
onboarding-district = Which district of Warsaw do you live in (or spend most of your time in)?
onboarding-district-option-elsewhere = Another place
onboarding-done = All set. Thank you!
onboarding-finish-first = Let’s finish these first steps. It only takes a minute.
onboarding-still-right =
    Welcome back! Is this still right?
    - language: { $language }
    - experience of migration: { $migration ->
        [yes] yes
        [no] no
        [undisclosed] prefer not to say
       *[other] not answered
    }
    - district: { $district ->
        [elsewhere] another place
        [undisclosed] prefer not to say
        [none] not answered
       *[other] { $district_name }
    }
onboarding-still-right-option-yes = Yes, that’s right
onboarding-still-right-option-change = Change it
onboarding-survey-offer = Thank you! Would you like to start the survey now? It takes about 5 minutes, and you can skip any question.
onboarding-survey-option-yes = Yes, start
onboarding-survey-option-later = Later
