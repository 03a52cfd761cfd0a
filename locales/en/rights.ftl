rights-privacy-notice =
    What we keep and why:
    - your answers to the survey, your ideas and your ratings, so that they can be counted together with everyone else's;
    - your language, whether you have migration experience and your district, if you tell us;
    - not your name, phone number or messenger username. Organisers only ever see totals, never who said what.
    The messenger company can technically read chats with bots, so please do not write names, addresses or phone numbers.
    At any time: /mydata shows everything we keep about you, /delete erases it, /stop ends all messages.
rights-help =
    What you can do at any moment:
    /menu - main menu
    /language - change language
    /privacy - what we keep and why
    /mydata - see everything we keep about you
    /delete - erase all your data
    /stop - stop taking part
    /help - this list
    On Signal or in the terminal you can type the words without the slash.
rights-language-choose = Choose your language:
rights-language-changed = Done, from now on we talk in English.
rights-delete-confirm = Erase everything we keep about you: your answers, ideas and ratings? This cannot be undone.
rights-delete-option-yes = Yes, erase everything
rights-delete-option-no = No, keep it
rights-delete-cancelled = Nothing was erased.
rights-deleted = Everything we kept about you has been erased. Thank you for taking part. If you ever write again, we start from the beginning.
rights-stopped = You have stopped taking part: we will not process anything more or send you messages. Your earlier answers stay counted unless you send /delete. To come back, send /start.
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
    - migration experience: { $migration ->
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
    - other records (answers, ideas, ratings): { $records }
rights-mydata-file = The file below holds all of it in full.
