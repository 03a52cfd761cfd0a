# Proposing an idea, and the author's own ideas. Plain, warm English for a phone; British spelling.

ideas-area = What can we do, and how, to meet the needs of people in Warsaw? Choose the area your idea belongs to.
ideas-option-mine = My ideas
ideas-option-menu = Main menu
ideas-dimension = Which part of everyday life does your idea help with? You can skip this.
ideas-option-skip = Skip
ideas-write =
    Write your idea in your own words: what could be done, and how? Up to { $max } { $max ->
        [one] character
       *[other] characters
    }.
    Please don’t include names, addresses or phone numbers.
ideas-option-cancel = Cancel
ideas-too-short = That’s a little short for an idea. Please describe it in a sentence or two.
ideas-too-long =
    Your idea has { $length } { $length ->
        [one] character
       *[other] characters
    }, but the limit is { $max }. Please make it shorter.
ideas-masked = We have hidden what looked like a phone number or an e-mail address.
ideas-confirm =
    Here is your idea:

    { $idea }

    Shall we send it to the organisers?
ideas-option-send = Send it
ideas-option-rewrite = Write it again
ideas-sent = Thank you! Your idea is waiting for review: an organiser will read it soon, and once it is approved, others can rate it. You can check on it under “My ideas”.
ideas-cancelled = Your idea was not sent, and nothing was saved.
ideas-rate-limited =
    Thank you for all your ideas! You can send up to { $max } { $max ->
        [one] idea
       *[other] ideas
    } an hour, so you can send the next one at { $time }.
ideas-mine =
    { $ideas ->
        [0] You haven’t proposed any ideas yet.
        [one] Your idea:
       *[other] Your { $ideas } ideas, newest first:
    }
ideas-mine-item =
    { $idea }
    Status: { $status ->
        [approved] approved, others can rate it now
        [rejected] not published ({ $reason ->
            [duplicate] a very similar idea is already there
            [off_topic] it is not about the topic of this dialogue
            [personal_data] it contained personal details
            [offensive] it broke the rules of respectful conversation
           *[unclear] it was hard to understand
        })
        [merged] joined with a very similar idea
       *[waiting] waiting for an organiser’s review
    }
ideas-mine-more =
    …and { $ideas } older { $ideas ->
        [one] one
       *[other] ones
    }.
ideas-mine-next = What would you like to do next?
ideas-option-new = Propose a new idea
