# The empathy survey. Plain, warm English for someone reading on a phone; British spelling.

## Survey flow

survey-intro = You can skip any question, stop at any time and come back later.
survey-progress = { $current } / { $total }
survey-progress-topic = { $current } / { $total } · { $topic }
survey-progress-hint =
    { $progress }
    { $hint }
survey-option-chosen = ✓ { $label }
survey-multi-hint = { $messenger ->
        [telegram] Tick all that apply, then tap “{ survey-option-done }”.
       *[other] You can choose several.
    }
survey-option-done = Done
survey-option-skip = Skip
survey-option-back = Back
survey-text-hint =
    Write in your own words, or skip this question. Up to { $max } { $max ->
        [one] character
       *[other] characters
    }. Please don’t include names, addresses or phone numbers.
survey-text-too-long =
    Your text has { $length } { $length ->
        [one] character
       *[other] characters
    }, but the limit is { $max }. Please make it shorter.
survey-summary =
    Here are your answers. Choose a question to change your answer, or finish the survey.

    { $answers }
survey-summary-item = { $question }: { $answer }
survey-summary-skipped = (skipped)
survey-option-finish = Finish
survey-finished = Thank you, your answers are saved! Organisers see them only as totals, together with everyone else’s. They read what you wrote in your own words, with no name or other detail about you attached. Would you like to propose an idea, or rate other people’s ideas?
survey-option-propose-idea = Propose an idea
survey-option-rate-ideas = Rate other people’s ideas
survey-option-menu = Main menu
survey-resume = Welcome back! Let’s carry on where you left off.
survey-retake-confirm = You have already finished the survey. Would you like to take it again? Only your newest answers will count.
survey-option-retake = Take it again

## Dimensions of integration

dimension-welfare = Welfare: housing, health, schools
dimension-economic = Economic: work, diplomas, careers
dimension-legal = Legal: documents, offices, rights
dimension-cultural = Cultural: language, events, holidays
dimension-social = Social: neighbours, belonging

## Shared

survey-option-undisclosed = Prefer not to say
survey-need-other = Something else
survey-needs-other-text = What else matters to you? Tell us briefly.
survey-scale-easy = very easy
survey-scale-hard = very hard
survey-stop-under-16 = Thank you for wanting to help! This survey is for people aged 16 and over, so we have stopped here and deleted everything you told us. If something is hard for you, you can talk to someone for free at the Children and Youth Helpline: call 116 111, any day, any time. An adult from your family can take part instead. To begin again, send /start.

## About you

survey-profile-age = How old are you?
survey-profile-age-under-16 = Under 16
survey-profile-age-16-24 = 16–24
survey-profile-age-25-34 = 25–34
survey-profile-age-35-44 = 35–44
survey-profile-age-45-54 = 45–54
survey-profile-age-55-64 = 55–64
survey-profile-age-65-plus = 65 or older
survey-profile-time = How long have you lived in Poland?
survey-profile-time-under-1 = Less than a year
survey-profile-time-1-2 = 1–2 years
survey-profile-time-3-5 = 3–5 years
survey-profile-time-over-5 = More than 5 years

## Welfare

survey-welfare-difficulty = Overall, how easy are these things for you in Warsaw?
survey-welfare-needs = Housing, health, support: what matters most to you right now?
survey-welfare-need-housing = Housing I can afford
survey-welfare-need-health-care = Doctors and treatment
survey-welfare-need-benefits = Benefits and allowances
survey-welfare-need-school-childcare = School, kindergarten, nursery
survey-welfare-need-psychological-help = Psychological support
survey-welfare-need-material-help = Food, clothes, basic items
survey-welfare-need-daily-life-info = Knowing how things work here

## Economic

survey-economic-difficulty = Overall, how easy are these things for you in Warsaw?
survey-economic-needs = Work and career: what matters most to you right now?
survey-economic-need-job-matching-skills = A job that fits my skills
survey-economic-need-diploma-recognition = Recognition of my diplomas
survey-economic-need-labour-rights = Rights at work, a fair contract
survey-economic-need-cv-career-help = Help with my CV and career
survey-economic-need-further-education = Courses and further study
survey-economic-need-work-experience = Internship or volunteering
survey-economic-need-own-business = Starting my own business

## Legal

survey-legal-difficulty = Overall, how easy are these things for you in Warsaw?
survey-legal-needs = Documents and rights: what matters most to you right now?
survey-legal-need-residence-work-permits = Residence card, work permit
survey-legal-need-official-letters = Understanding official letters
survey-legal-need-free-legal-aid = Free legal advice
survey-legal-need-interpreting-offices = An interpreter at public offices
survey-legal-need-registration-documents = PESEL, address registration, papers
survey-legal-need-knowing-rights = Knowing my rights
survey-legal-need-voting-participation = A vote and a say in the city

## Cultural

survey-cultural-difficulty = Overall, how easy are these things for you in Warsaw?
survey-cultural-needs = Language and culture: what matters most to you right now?
survey-cultural-need-learning-polish = Learning Polish
survey-cultural-need-events-own-language = Films, theatre, events in my language
survey-cultural-need-customs-holidays = Polish customs and holidays
survey-cultural-need-keeping-own-culture = Keeping my own language and culture
survey-cultural-need-sharing-own-culture = Sharing my culture with others
survey-cultural-need-leisure-activities = Sport, music, dance, hobby classes
survey-cultural-need-family-events = Events for families with children

## Social relations

survey-social-difficulty = Overall, how easy are these things for you in Warsaw?
survey-social-needs = People around you: what matters most to you right now?
survey-social-need-meeting-neighbours = Getting to know my neighbours
survey-social-need-language-tandems = Language exchange (tandem)
survey-social-need-places-to-meet = Places to meet people
survey-social-need-discrimination = Protection from discrimination
survey-social-need-belonging = Feeling at home here
survey-social-need-local-initiatives = Volunteering and local projects
survey-social-need-support-network = People I can turn to

## Last question

survey-help-most = Last question: what would help you most to live well in Warsaw? Tell us in your own words.

## Names of the questions in the summary

-survey-welfare = Welfare
-survey-economic = Economic
-survey-legal = Legal
-survey-cultural = Cultural
-survey-social = Social

survey-profile-age-short = Age
survey-profile-time-short = Time in Poland
survey-welfare-difficulty-short = { -survey-welfare } – how easy
survey-welfare-needs-short = { -survey-welfare } – what matters most
survey-welfare-needs-other-short = { -survey-welfare } – in your words
survey-economic-difficulty-short = { -survey-economic } – how easy
survey-economic-needs-short = { -survey-economic } – what matters most
survey-economic-needs-other-short = { -survey-economic } – in your words
survey-legal-difficulty-short = { -survey-legal } – how easy
survey-legal-needs-short = { -survey-legal } – what matters most
survey-legal-needs-other-short = { -survey-legal } – in your words
survey-cultural-difficulty-short = { -survey-cultural } – how easy
survey-cultural-needs-short = { -survey-cultural } – what matters most
survey-cultural-needs-other-short = { -survey-cultural } – in your words
survey-social-difficulty-short = { -survey-social } – how easy
survey-social-needs-short = { -survey-social } – what matters most
survey-social-needs-other-short = { -survey-social } – in your words
survey-help-most-short = What would help most
survey-pair =
    { $needs }
    { $scale }
    { $messenger ->
        [telegram] Tick what applies, then tap a number from 1 to 5 to go on.
       *[other] In one message, send a number from 1 to 5 for how easy it is, and the numbers of all that apply. For example: 2, 6, 8.
    }
survey-pair-scale-missing = Noted. And how easy is it for you, from 1 to 5?
survey-option-next = Next
survey-option-keep = Keep my answer
survey-text-earlier = Your answer: { $answer }
survey-option-my-answers = See or change my answers
