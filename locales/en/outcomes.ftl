# "You said, we did": what became of the ideas, and who asked to hear of it.
outcomes-ask =
    May we tell you when something happens to the ideas you proposed or rated? At most one message a day, in your language. { $messenger ->
        [telegram] You can change your mind any time with /updates.
       *[other] You can change your mind any time: type “updates”.
    }
outcomes-option-yes = Yes, tell me
outcomes-option-no = No, thanks
outcomes-option-back = Back
outcomes-saved-yes = Thank you! We will write to you when an idea you proposed or rated is planned, in progress, done or not possible.
outcomes-saved-no = All right, we will not send you news about the ideas. You can still read them under “What happened to the ideas” in the menu.
outcomes-current =
    { $answer ->
        [yes] You get news when something happens to the ideas you proposed or rated. Keep it that way?
        [no] You do not get news about the ideas you proposed or rated. Would you like to?
       *[other] Would you like news when something happens to the ideas you proposed or rated? At most one message a day.
    }
outcomes-name =
    { $outcome ->
        [planned] Planned
        [in_progress] In progress
        [done] Done
        [not_possible] Not possible
       *[none] No outcome yet
    }
outcomes-item =
    { $idea }{ $idea_original ->
        [pl] {" "}(in Polish)
        [uk] {" "}(in Ukrainian)
        [en] {" "}(in English)
        [ru] {" "}(in Russian)
        [und] {" "}(in its original words)
       *[same] {""}
    }
    { $outcome } ({ $day }): { $note }{ $note_original ->
        [pl] {" "}(in Polish)
        [uk] {" "}(in Ukrainian)
        [en] {" "}(in English)
        [ru] {" "}(in Russian)
       *[same] {""}
    }
outcomes-notice =
    { $ideas ->
        [one] News about an idea you proposed or rated:
       *[other] News about { $ideas } ideas you proposed or rated:
    }
outcomes-notice-footer =
    You get these messages because you asked for them. { $messenger ->
        [telegram] To stop them, send /updates.
       *[other] To stop them, type “updates”.
    }
outcomes-reminder =
    A few days ago you started our survey about everyday life, but you haven’t finished it yet. It takes a few minutes, and you carry on from the question where you stopped: { $messenger ->
        [telegram] send /menu and choose “Take the survey”.
       *[other] type “menu” and choose “Take the survey”.
    } This is the only reminder we send.
outcomes-list = What happened to the ideas, newest first:
outcomes-list-end = Thank you for your ideas and ratings: this is where they lead.
outcomes-list-empty = No idea has an outcome yet. Once the organisers report what happens to an idea, you will find it here.
organisers-home-option-outcome = What happened to an idea
outcomes-org-idea = Which idea has news? Choose one (ideas with the most ratings and no outcome yet come first) or type its code.
outcomes-org-outcome =
    { $code }: { $idea }
    Outcome now: { $current }. What is the new one?
outcomes-org-note = Write a short public note for the people who proposed or rated it (up to { $max } characters): what will happen, or why not. Write it in your language; you can add translations next.
outcomes-org-note-too-long = That note has { $length } { $length ->
        [one] character
       *[other] characters
    }; please shorten it to { $max }.
outcomes-org-saved = Saved: { $code } is now “{ $outcome }”. Everyone who proposed or rated it and asked for news will hear of it, at most one message a day.
outcomes-org-translate = Add the note in another language, so more people read it in theirs:
outcomes-digest-heading = Ideas with a new outcome:
outcomes-digest-line = { $code } – { $outcome }: { $note }
outcomes-workbook-column-outcome = Outcome
outcomes-workbook-column-note = Outcome note
outcomes-workbook-column-at = Outcome date
