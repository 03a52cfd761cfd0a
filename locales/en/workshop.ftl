# Live workshops: a room of people rates ideas on their phones. Pace: "together" (the facilitator
# moves the room from idea to idea) or "self" (everyone at their own pace).
command-workshop-words = workshop

# The participant's side.
workshop-joined-together = Welcome to the workshop “{ $name }”! You will rate the ideas the room talks about, one at a time: each question comes to your phone when the facilitator moves on. You can leave at any time with /menu and come back with the code { $code }.
workshop-joined-self = Welcome to the workshop “{ $name }”! You will rate the workshop’s ideas one after another, at your own pace. You can leave at any time with /menu and come back with the code { $code }.
workshop-option-leave = Leave the workshop
workshop-wait-together = Thank you! The next idea will appear here as soon as the facilitator moves on.
workshop-wait-self = You have rated all the workshop’s ideas for now. If the room adds a new one, it will appear here. The results come at the end.
workshop-saved = Saved!
workshop-left = You have left the workshop. To come back while it is still running, send /start { $code }.
workshop-ended = The workshop “{ $name }” has ended. Thank you for your interest! You can still share your ideas and rate others’ here at any time.
workshop-thanks = The workshop “{ $name }” has ended. Thank you for taking part: your ratings count in the city’s matrix of ideas.
workshop-result =
    What the room found most promising:

    { $ideas }
workshop-result-none = No idea has enough ratings yet to be placed on the matrix: each needs at least { $min } { $min ->
        [one] rating
       *[other] ratings
    }. The organisers will share the results later.

# The organiser's side.
organisers-home-option-workshop = Live workshop
organisers-workshop-usage = Send /workshop new and the workshop’s name, or /workshop to see the workshops that are running.
organisers-workshop-name = What is the workshop called? For example: “Wola, 12 March”.
organisers-workshop-created = Workshop “{ $name }” opened. Room code: { $code }. On Signal or in the terminal, people send: { $start }
organisers-workshop-qr = QR code for the room: show it on the screen or print it for the tables.
organisers-workshop-none = No workshop is running right now.
organisers-workshop-choose = Which workshop?
organisers-workshop-option-new = Open a new workshop
organisers-workshop-gone = This workshop has already been closed.
organisers-workshop-status =
    Workshop “{ $name }”, code { $code }, { $pace ->
        [together] all together
       *[self] self-paced
    }.
    Ideas: { $ideas }. Joined: { $joined }, in the room now: { $present }.
    { $shown ->
        [none] No idea is on the screens yet.
       *[other] Now on the screens: { $shown } (rated by { $rated })
    }
organisers-workshop-option-next = Next idea for everyone
organisers-workshop-option-idea = Add an idea from the room
organisers-workshop-option-area = Add the ideas of an area
organisers-workshop-option-list = Add ideas by their codes
organisers-workshop-option-pace = { $pace ->
        [together] Switch to self-paced
       *[self] Switch to all together
    }
organisers-workshop-option-close = Close the workshop
organisers-workshop-moved = The next idea is on its way to { $people } { $people ->
        [one] phone
       *[other] phones
    }.
organisers-workshop-last = That was the workshop’s last idea. Add another one, or close the workshop.
organisers-workshop-paced = { $pace ->
        [together] The room now moves together: press “Next idea for everyone” to show an idea on every phone.
       *[self] Everyone now goes through the ideas at their own pace.
    }
organisers-workshop-area = Which area’s ideas should the room rate?
organisers-workshop-list = Send the codes of the ideas to add, separated by spaces or commas (for example: p12 p15).
organisers-workshop-added = { $count ->
        [0] No new ideas were added: they are already in the workshop, or there are none.
        [one] { $count } idea added to the workshop.
       *[other] { $count } ideas added to the workshop.
    }
organisers-workshop-unknown = No approved idea has these codes: { $codes }
organisers-workshop-idea = Write down the idea the room has proposed. It will be approved at once and added to the workshop.
organisers-workshop-idea-empty = The idea is empty. Please write it down, or go back.
organisers-workshop-idea-long = That is { $length } characters; an idea can be at most { $max }. Please shorten it.
organisers-workshop-idea-added = The idea has been added to the workshop.
organisers-workshop-close = Close the workshop “{ $name }”? Everyone in the room will get a thank-you with the results, and no one can join any more.
organisers-workshop-close-option-yes = Close the workshop
organisers-workshop-closed = Workshop “{ $name }” closed. The summary follows.

# The summary the organiser gets when the workshop closes.
workshop-summary =
    Workshop “{ $name }” ({ $code }): { $joined } { $joined ->
        [one] person
       *[other] people
    } joined, { $ideas } { $ideas ->
        [one] idea
       *[other] ideas
    }, { $ratings } { $ratings ->
        [one] rating
       *[other] ratings
    } from the room.
    WOW: { $wow }, HOW: { $how }, NOW: { $now }, POW: { $pow }, not enough ratings yet: { $unplaced }.
workshop-summary-chart = The workshop’s ideas on the matrix, with all their ratings.
workshop-summary-workbook = The workshop’s ideas with their figures, as a spreadsheet.
workshop-chart-title = Workshop “{ $name }”
