# Live workshops on the dashboard: the list, the host’s controls, and the projector page.
live-nav-workshops = Workshops
live-workshops-title = Workshops
live-workshops-intro = At a live workshop, people in one room rate ideas on their phones while the matrix fills in on the projector. Open a workshop here, or with /workshop new in the chat.
live-new-heading = Open a workshop
live-name-label = Name of the workshop (for example: Wola, 12 March)
live-pace-label = Pace
live-pace = { $pace ->
        [together] All together: the host moves the room from idea to idea
       *[self] Everyone at their own pace: people go through the ideas one by one
    }
live-open-button = Open the workshop
live-list-heading = All workshops
live-column-name = Workshop
live-column-code = Code
live-column-status = Status
live-status = { $open ->
        [yes] Running
       *[no] Closed
    }
live-none = No workshop has been opened yet.
live-name-missing = Please give the workshop a name. Nothing was created.
live-pace-unknown = Please choose one of the two paces. Nothing was changed.
live-area-unknown = Please choose an area from the list. Nothing was changed.
live-codes-missing = Please write the codes of the ideas to add (for example: p12 p15). Nothing was changed.
live-idea-empty = Please type the idea the room proposed. Nothing was added.
live-close-unconfirmed = To close the workshop, first tick the box to confirm. The workshop is still running.
live-created = Workshop “{ $name }” opened. Add the ideas the room will rate, then open the projector page.
live-closed = Workshop “{ $name }” closed. Everyone in the room will get a thank-you with the results. The summary is below, and the bot will also send it to your chat.

# One workshop’s controls.
live-projector-link = Open the projector page
live-workshop-intro = Room code: { $code }. { $open ->
        [yes] { $pace ->
            [together] Everyone moves together, idea by idea.
           *[self] Everyone goes at their own pace.
        }
       *[no] This workshop is closed.
    }
live-now-heading = The room now
live-figure-joined = Joined
live-figure-present = In the room now
live-figure-ideas = Ideas
live-figure-rated = Rated the current idea
live-current-label = On the screens:
live-current-none = No idea is on the screens yet.
live-controls-heading = Controls
live-codes-label = Write the codes of the ideas, separated by spaces or commas (for example: p12 p15)
live-summary-heading = Summary
live-summary-file = { $file ->
        [matrix] The workshop’s ideas on the matrix (picture, PNG)
       *[ideas] The workshop’s ideas and their results (spreadsheet, XLSX)
    }
live-ideas-heading = The workshop’s ideas
live-column-idea = Idea
live-column-ratings = Ratings
live-column-quadrant = Quadrant
live-not-enough = Not enough ratings yet (at least { $min } needed)
live-ideas-none = The workshop has no ideas yet. Add the ideas of an area, ideas by their codes, or an idea from the room.

# The projector page.
live-controls-link = Back to the controls
live-ended = The workshop has ended. Thank you all!
live-join-heading = Join in
live-room-code = Room code
live-join-typed = Scan the QR code with your phone, or send the bot:
live-qr-title = QR code to join the workshop. Room code: { $code }
live-current-heading = Now rating
live-original = original
live-matrix-heading = The room’s ideas on the matrix
live-waiting-heading = Waiting for ratings (each idea needs at least { $min })
