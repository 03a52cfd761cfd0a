# Organiser commands as words without the slash (terminal, Signal), comma-separated.
command-stats-words = stats, statistics
command-moderate-words = moderate, moderation
command-campaign-words = campaign, campaigns
command-digest-words = digest
command-export-words = export
command-dashboard-words = dashboard

organisers-welcome = Welcome, { $name }! This chat is now an organiser’s: you will receive the digest here, and you can moderate ideas, create campaign links and export the data.
organisers-already = This chat already belongs to an organiser.
organisers-invite-invalid = This invitation link cannot be used: it is unknown, already used or expired. Please ask for a new one.
organisers-home = Organiser menu. What would you like to do?
organisers-home-option-stats = Statistics
organisers-home-option-moderate = Moderate new ideas
organisers-home-option-campaign-new = New campaign link
organisers-home-option-campaign-list = Campaigns
organisers-home-option-digest = Digest now
organisers-home-option-export = Spreadsheet now
organisers-home-option-dashboard = Dashboard in the browser
organisers-home-option-close = Close the menu
organisers-closed = Menu closed. Send /stats, /moderate, /campaign, /digest, /export or /dashboard at any time.
organisers-option-back = Back
organisers-reports-unavailable = The digest cannot be made right now. Please try again later.

organisers-stats =
    Participants: { $participants } in total, { $new } new in the last 7 days.
    Completed surveys: { $completions }.
    Ideas: { $waiting } waiting for moderation, { $approved } approved, { $rejected } rejected, { $merged } merged.
    Ratings: { $ratings }.

organisers-moderate-none = No ideas are waiting for moderation.
organisers-moderate-gone = Someone has already moderated this idea. On to the next one.
organisers-moderate-cannot = That can’t be done with this idea.
organisers-moderate-idea =
    Idea { $code } ({ $area }, written in { $language }); { $waiting } waiting in total:

    { $text }
organisers-moderate-option-approve = Approve
organisers-moderate-option-reject = Reject
organisers-moderate-option-merge = Merge into an existing idea
organisers-moderate-option-edit = Fix typos
organisers-moderate-option-translate = Add a translation
organisers-moderate-option-skip = Skip for now
organisers-moderate-option-stop = Stop moderating
organisers-approved = Idea { $code } approved: participants can now rate it.
organisers-rejected = Idea { $code } rejected.
organisers-merged = Idea { $code } merged into { $into }.
organisers-reject-choose = Why are you rejecting this idea?
organisers-reason-duplicate = It repeats an existing idea
organisers-reason-off-topic = Off topic
organisers-reason-personal-data = It contains personal data
organisers-reason-offensive = Offensive
organisers-reason-unclear = Unclear
organisers-merge-choose = Which approved idea says the same? Choose one, or type the code of any approved idea.
organisers-merge-unknown = There is no approved idea with that code. Please choose from the list or type another code.
organisers-edit-prompt = Send the corrected text of the idea, in the language it was written in. Fix only typos: the meaning must stay the author’s.
organisers-edited = Text corrected.
organisers-translate-choose = Into which language?
organisers-translate-prompt = Send the idea’s text in this language: { $language }.
organisers-translated = Translation added.
organisers-translate-complete = This idea already has a text in every language.

organisers-campaign-name = What is the campaign called? For example: “Workshop in Wola, 12 March”.
organisers-campaign-created = Campaign “{ $name }” created, code { $code }. On Signal or in the terminal, people send: { $start }
organisers-campaign-link = Telegram link: { $link }
organisers-campaign-qr = QR code for posters and workshop tables.
organisers-campaign-usage = Send /campaign new and the campaign’s name, or /campaign list.
organisers-campaign-list-empty = There are no campaigns yet. Create one with /campaign new and a name.
organisers-campaign-list-withheld = { $count ->
    [one] There is one campaign; too few people have taken part to show how many came through it.
   *[other] There are { $count } campaigns; too few people have taken part to show how many came through each.
}
organisers-campaign-list = Participants per campaign (fewer than { $min } are shown as “<{ $min }”):
    { $lines }
organisers-campaign-line = { $name } ({ $code }): { $people }
organisers-campaign-line-none = Without a campaign: { $people }

# Reading the survey's answers in people's own words (/review).
command-review-words = review
organisers-home-option-review = Survey answers to read ({ $count })
organisers-review-none = No survey answers are waiting to be read.
organisers-review-gone = Someone has already read this answer, or it has been deleted. On to the next one.
organisers-review-text =
    Answer to “{ $question }”, week of { $week }; { $waiting } waiting in total:

    { $text }
organisers-review-question-removed = a question no longer in the survey
organisers-review-option-read = Mark as read
organisers-review-option-idea = Turn into an idea
organisers-review-option-next = Next (leave unread)
organisers-review-option-stop = Back to the menu
organisers-review-marked = Marked as read.
organisers-review-area = Which area does this idea belong to? It goes into the idea bank in these exact words and is approved straight away, so participants can rate it.
organisers-review-idea-added = Idea { $code } ({ $area }) is in the idea bank, and participants can rate it now. The answer is marked as read.
organisers-review-translate = Add a translation, so that people who read another language can rate it too? Choose the language, or go on to the next answer.
organisers-review-option-done = Done, next answer

# The dashboard (/dashboard): a one-time sign-in link.
organisers-dashboard-link = Your link to the dashboard: { $link }
    It works once, for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }. Open it in your browser and press “Sign in”. Don’t forward it: whoever opens it first is signed in as you.
organisers-dashboard-off = The dashboard is switched off on this bot.
