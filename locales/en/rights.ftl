rights-privacy-notice =
    What happens to your answers:
    - We keep your language, survey answers, ideas and ratings. If you tell us, we also keep whether you have experience of migration and your district. We know you only by a code made from your messenger account, not by your name, number or username. So your answers are pseudonymous (linked to a code), not anonymous.
    - Organisers see totals. They also read the ideas people propose and what people write in their own words, with no name or other detail about the writer attached. They may turn such words into an idea for others to rate.
    - { $messenger ->
        [telegram] Telegram (the company) can read chats with bots, and whoever runs this bot reads what you send here.
        [signal] Signal encrypts messages end to end, but whoever runs this bot reads what you send here.
       *[other] Whoever runs this bot reads what you send here.
    } Please don’t write names, addresses or phone numbers.
    - We keep your answers until you delete them or the project ends. If you take the survey again, your earlier answers are deleted after { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
    - { $organisation ->
        [none] The bot is run by the organisers named in its description
       *[other] The bot is run by { $organisation }
    }{ $contact ->
        [none] .
       *[other] ; contact: { $contact }.
    }
    At any time: /mydata shows what we keep, /delete erases it, /stop ends all messages.
rights-help =
    What you can do at any time:
    /menu – main menu
    /language – change the language
    /privacy – what we keep and why
    /mydata – see everything we keep about you
    /updates – news about what becomes of the ideas
    /delete – erase all your data
    /stop – stop taking part
    /help – this list
    { $messenger ->
        [telegram] You can also tap the menu button or / next to the message field and choose one.
       *[other] You can also type the words without the slash: help, menu, language, privacy, my data, updates, delete, stop.
    }
rights-language-choose = Choose your language:
rights-language-changed = Done. From now on, we’ll talk in English.
rights-delete-confirm = Erase everything we keep about you: your answers, ideas and ratings? This cannot be undone.
rights-delete-option-yes = Yes, erase everything
rights-delete-option-no = No, keep it
rights-delete-cancelled = Nothing was erased.
rights-deleted = Everything we kept about you has been erased. Thank you for taking part. If you ever write again, we start from the beginning.
rights-stopped = You have stopped taking part. We won’t send you any more messages unless you write to us. Your earlier answers stay counted in the totals unless you send /delete. To come back, send /start.
rights-not-participating = You are not taking part at the moment. Send /start to begin, or /delete to erase what we keep.
rights-mydata-summary =
    What we keep about you:
    - language: { $language }
    - consent: { $consent ->
        [given] given
        [refused] refused
        [withdrawn] withdrawn
       *[other] not yet given
    }
    - with us since: { $since }
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
    - survey answers: { $answers }, ideas: { $ideas }, ratings: { $ratings }
    - news of what becomes of the ideas: { $updates ->
        [yes] yes, to this chat
        [no] no
       *[other] not answered
    }
rights-mydata-file = The file below holds all of it in full.
rights-stop-confirm = Stop all messages from this bot? Your earlier answers stay counted unless you delete them.
rights-stop-option-yes = Yes, stop
rights-stop-option-no = No, carry on
