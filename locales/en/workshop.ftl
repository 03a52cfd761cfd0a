# Live workshops: a room of people rates ideas on their phones. Pace: “together” (the host moves
# the room from idea to idea) or “self” (everyone at their own pace).
command-workshop-words = workshop

# The participant’s side.
workshop-joined-together = Welcome to the workshop “{ $name }”! You’ll rate the ideas the room discusses, one at a time. When the host moves on, the next idea appears on your phone. You can leave at any time by sending /menu. To come back, send /start { $code }.
workshop-joined-self = Welcome to the workshop “{ $name }”! You’ll rate the workshop’s ideas one by one, at your own pace. You can leave at any time by sending /menu. To come back, send /start { $code }.
workshop-option-leave = Leave the workshop
workshop-wait-together = The next idea will appear here as soon as the host shows it.
workshop-wait-self = There are no more ideas for you to rate for now. If new ones are added, they will appear here. You’ll see the results when the workshop ends.
workshop-saved = Saved!
workshop-left = You have left the workshop. To come back while it is still running, send /start { $code }.
workshop-ended = The workshop “{ $name }” has ended. Thank you for your interest! You can still propose ideas and rate other people’s here at any time.
workshop-thanks = The workshop “{ $name }” has ended. Thank you for taking part! Your ratings go into the shared matrix of ideas, along with everyone else’s.
workshop-result =
    The workshop’s best-rated ideas:

    { $ideas }
workshop-result-none = No idea has enough ratings yet to be placed on the matrix: each needs at least { $min } { $min ->
        [one] rating
       *[other] ratings
    }. The organisers will share the results later.

# The organiser’s side.
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
    Workshop “{ $name }”, code { $code }.
    Ideas: { $ideas }. Participants: { $joined } (in the room now: { $present }).
    { $pace ->
        [together]
            All together, idea by idea.
            { $shown ->
                [none] No idea is on the screens yet.
               *[other] On the screens now: { $shown } (rated by { $rated })
            }
       *[self] Everyone at their own pace.
    }
organisers-workshop-option-next = Next idea for everyone
organisers-workshop-option-idea = Add an idea from the room
organisers-workshop-option-area = Add all ideas from an area
organisers-workshop-option-list = Add ideas by their codes
organisers-workshop-option-pace = { $pace ->
        [together] Switch to: everyone at their own pace
       *[self] Switch to: all together
    }
organisers-workshop-option-close = Close the workshop
organisers-workshop-moved = The next idea is on its way to { $people } { $people ->
        [one] phone
       *[other] phones
    }.
organisers-workshop-last = There are no more ideas. Add new ones, or close the workshop.
organisers-workshop-paced = { $pace ->
        [together] Everyone now moves together: choose “Next idea for everyone” to show the next idea on every phone.
       *[self] Everyone now rates the ideas at their own pace.
    }
organisers-workshop-area = Which area should the ideas come from?
organisers-workshop-list = Send the codes of the ideas to add, separated by spaces or commas (for example: p12 p15).
organisers-workshop-added = { $count ->
        [0] No ideas were added: they are in the workshop already, or none were found.
        [one] { $count } idea added to the workshop.
       *[other] { $count } ideas added to the workshop.
    }
organisers-workshop-unknown = There are no approved ideas with these codes: { $codes }
organisers-workshop-idea = Type the idea the room has proposed. It will be approved straight away and added to the workshop.
organisers-workshop-idea-empty = There’s no text here. Type the idea, or choose “Back”.
organisers-workshop-idea-long =
    This idea has { $length } { $length ->
        [one] character
       *[other] characters
    }, but the limit is { $max }. Please make it shorter.
organisers-workshop-idea-added = The idea has been added to the workshop.
organisers-workshop-close = Close the workshop “{ $name }”? Everyone in the room will get a thank-you with the results, and no one will be able to join any more.
organisers-workshop-close-option-yes = Close the workshop
organisers-workshop-closed = Workshop “{ $name }” closed. The summary will follow shortly.

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
    WOW: { $wow }, HOW: { $how }, NOW: { $now }, POW: { $pow }, not enough ratings: { $unplaced }.
workshop-summary-chart = The workshop’s ideas on the matrix, counting all their ratings, in the room and outside it.
workshop-summary-workbook = The workshop’s ideas and their results, as a spreadsheet.
workshop-chart-title = Workshop “{ $name }”
