# Rating ideas on the report's two questions. Plain, warm English for a phone; British spelling.

rating-area = Which ideas would you like to rate? Each one takes two answers.
rating-option-all = All areas
rating-effectiveness =
    { $idea }

    How well does this idea solve the problem?
rating-ease = And how easy is it to put into practice?
rating-option-skip = Skip this idea
rating-option-stop = Stop
rating-option-next = Next idea
rating-original =
    This idea hasn’t been translated into English yet, so here it is in { $language ->
        [pl] Polish
        [uk] Ukrainian
        [ru] Russian
       *[en] English
    }.
rating-earlier = Your earlier rating: { $effectiveness } for how well it solves the problem, { $ease } for how easy it is. A new rating replaces it.
rating-saved =
    Saved! You have rated { $rated } of { $total } { $total ->
        [one] idea
       *[other] ideas
    }.
rating-changed = Your rating has been changed.
rating-withdrawn = The organisers have just withdrawn this idea, so let’s move on.
rating-resume = Welcome back! Let’s carry on where you left off.
rating-stopped = Your ratings are saved. You can carry on any time from the menu.
rating-review = Here are the ideas you have rated, oldest first. Give a new rating, or skip to keep the one you gave.
rating-done-all = You have rated every idea. Thank you! New ideas keep arriving, so do come back.
rating-done-area = There are no more ideas for you to rate in this area. You can choose another one.
rating-done-skipped = That’s all for now: only the ideas you skipped are left.
rating-done-none = There are no ideas to rate yet. Please come back a little later.
rating-done-reviewed = You have gone through all your ratings. Thank you!
rating-option-again = Show the skipped ideas
rating-option-area = Choose another area
rating-option-review = Change my ratings
rating-effectiveness-low = not at all
rating-effectiveness-high = very well
rating-ease-low = very hard
rating-ease-high = very easy
rating-explain =
    Each idea gets two questions: how well does it solve the problem, and how easy is it to do? The answers put it in one of four groups:
    - WOW: works well and is easy – do it first
    - HOW: works well, but needs time and money – plan for it
    - NOW: easy, but a small effect – a quick win
    - POW: hard, with a small effect – set it aside

# An idea made from a survey answer: its language is not known.
rating-original-unknown = This idea hasn’t been translated into English yet, so here it is in its original words.
