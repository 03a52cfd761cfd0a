# The dashboard's pages for ideas, moderation, campaigns and downloads.

# Words about ideas, shared by the pages.
dashboard-status-waiting = Waiting for moderation
dashboard-status-approved = Approved
dashboard-status-rejected = Rejected
dashboard-status-merged = Merged
dashboard-source-participant = Proposed in the chat
dashboard-source-survey = From a survey answer
dashboard-source-bank = Idea bank ({ $name })
dashboard-language-unknown = Language not recorded
dashboard-ideas-number = { NUMBER($mean, minimumFractionDigits: 2, maximumFractionDigits: 2) }
dashboard-ideas-off-matrix = Not on the matrix
dashboard-ideas-too-few = Not enough ratings yet ({ $ratings } of { $min })
dashboard-pager-label = Pages of the list
dashboard-pager-previous = Previous page
dashboard-pager-next = Next page

# Ideas.
dashboard-ideas-title = Ideas
dashboard-ideas-search = Search the texts (any language)
dashboard-ideas-any = All
dashboard-ideas-apply = Show
dashboard-ideas-clear = Clear the filters
dashboard-ideas-found = { $count ->
        [0] No idea matches.
        [one] One idea matches.
       *[other] { $count } ideas match.
    }
dashboard-ideas-caption = Page { $page } of { $pages }
dashboard-ideas-column-status = Status
dashboard-ideas-column-source = Source

# One idea.
dashboard-idea-title = Idea { $code }
dashboard-idea-back = All ideas
dashboard-idea-texts = Texts
dashboard-idea-original = (original)
dashboard-idea-facts = About the idea
dashboard-idea-merged-into = merged into { $code }
dashboard-idea-figures = Ratings
dashboard-idea-history = History
dashboard-history-when = { $date }, { $time }
dashboard-history-someone = an organiser
dashboard-history-proposed = Proposed by a participant in the chat.
dashboard-history-from-survey = Made from a participant’s survey answer.
dashboard-history-seeded = Added from the idea bank ({ $source }).
dashboard-history-approved = Approved by { $name }.
dashboard-history-rejected = Rejected by { $name }: { $why }.
dashboard-history-merged-into = Merged into { $into } by { $name }.
dashboard-history-merged-here = { $merged } was merged into this idea by { $name }.
dashboard-history-edited = Text corrected by { $name }.
dashboard-history-translated = Translation ({ $into }) added by { $name }.
dashboard-history-made = Taken into the idea bank by { $name }.

# Moderation.
dashboard-moderation-title = Moderation
dashboard-moderation-back = Back to moderation
dashboard-moderation-ideas-heading = Ideas waiting for moderation ({ $count })
dashboard-moderation-ideas-none = No idea is waiting. Thank you!
dashboard-moderation-oldest = The oldest { $shown } of { $count } are shown; the rest follow once these are done.
dashboard-moderation-written-in = Written in: { $language }
dashboard-moderation-approve = Approve
dashboard-moderation-reason = Reason for rejecting
dashboard-moderation-reject = Reject
dashboard-moderation-more = Merge, correct or translate { $code }
dashboard-moderation-decide = Decide
dashboard-moderation-merge-heading = Merge into an approved idea
dashboard-moderation-merge-intro = If an approved idea already says the same, this one can join it. The ratings this idea already has are not added to the other one.
dashboard-moderation-merge-choose = Approved ideas of the same area
dashboard-moderation-merge-code = Or the code of any approved idea
dashboard-moderation-merge = Merge
dashboard-moderation-edit-heading = Correct typos
dashboard-moderation-edit-label = The text in the language it was written in ({ $language })
dashboard-moderation-edit = Save the correction
dashboard-moderation-translate-heading = Add a translation
dashboard-moderation-translate-language = Language
dashboard-moderation-translate-text = Translation
dashboard-moderation-translate = Add the translation
dashboard-moderation-translate-complete = This idea already has a text in all four languages.
dashboard-moderation-answers-heading = Survey answers to read ({ $count })
dashboard-moderation-answers-intro = People’s own words from the survey, without anything about who wrote them. Mark them read, or take them into the idea bank as an approved idea.
dashboard-moderation-answers-none = No answer is waiting to be read.
dashboard-moderation-week = Written in the week of { $day }
dashboard-moderation-mark-read = Mark as read
dashboard-moderation-area = Area of the new idea
dashboard-moderation-make-idea = Make it an idea
dashboard-moderation-done-approved = Idea { $code } is approved: participants can now rate it.
dashboard-moderation-done-rejected = Idea { $code } is rejected.
dashboard-moderation-done-merged = Idea { $code } is merged.
dashboard-moderation-done-edited = The text of idea { $code } is corrected.
dashboard-moderation-done-translated = The translation of idea { $code } is added.
dashboard-moderation-done-read = The answer is marked as read.
dashboard-moderation-done-made = Idea { $code } is in the idea bank. Add translations so that more participants can read it.
dashboard-moderation-conflict-title = Already decided
dashboard-moderation-conflict = Someone else has already decided on idea { $code } meanwhile: it is now “{ $status }”. Nothing was changed.
dashboard-moderation-answer-gone = This answer has already been read by someone else, or it is no longer there. Nothing was changed.
dashboard-moderation-refused-title = This could not be done
dashboard-moderation-bad-reason = Please choose a reason for rejecting from the list. Nothing was changed.
dashboard-moderation-bad-target = There is no approved idea with this code. Please check the code, or choose an idea from the list. Nothing was changed.
dashboard-moderation-empty-text = The text is empty. Nothing was changed.
dashboard-moderation-text-exists = This idea already has a text in that language. Nothing was changed.
dashboard-moderation-bad-language = Please choose one of the languages offered. Nothing was changed.
dashboard-moderation-seeded = This idea comes from the idea bank file; its texts are corrected there. Nothing was changed.
dashboard-moderation-bad-area = Please choose an area from the list. Nothing was changed.
dashboard-moderation-cannot = This could not be done. Nothing was changed.

# Campaigns.
dashboard-campaigns-title = Campaigns
dashboard-campaigns-intro = A campaign is an entry link for a poster, a workshop or an online call: people who join through it are counted under it, never named.
dashboard-campaigns-new-heading = New campaign
dashboard-campaigns-name = Name (for example, the workshop and its date)
dashboard-campaigns-create = Create the campaign
dashboard-campaigns-created = Campaign { $code } is ready. Download its QR code for the poster below.
dashboard-campaigns-list-heading = All campaigns
dashboard-campaigns-none = No campaign yet.
dashboard-campaigns-code = Code
dashboard-campaigns-start = In any messenger, people send
dashboard-campaigns-link = Telegram link
dashboard-campaigns-since = Created
dashboard-campaigns-qr-png = QR code of { $code } (PNG)
dashboard-campaigns-qr-svg = QR code of { $code } (SVG, for print)
dashboard-campaigns-without = Without a campaign: { $people }
dashboard-campaigns-withheld = Too few people have joined yet to show counts per campaign without pointing at someone. They appear once more people have joined (groups of fewer than { $min } are never shown).
dashboard-campaigns-withheld-short = not shown yet
dashboard-campaigns-back = Back to campaigns
dashboard-campaigns-refused-title = The campaign could not be created
dashboard-campaigns-empty-name = Please give the campaign a name. Nothing was created.

# Downloads.
dashboard-downloads-title = Downloads
dashboard-downloads-intro = Every file is made from the data as it is now, and may take a few seconds. None of them contains anything that points at a participant.
dashboard-downloads-export-heading = All ideas
dashboard-downloads-export-intro = Every idea of every status, with its texts in all languages, its number of ratings, means, standard deviations and quadrant.
dashboard-downloads-csv = Ideas as CSV (ideas.csv)
dashboard-downloads-xlsx = Ideas as a spreadsheet (ideas.xlsx)
dashboard-downloads-digest-heading = The digest’s files
dashboard-downloads-digest-intro = The figures from the last digest until now, as the digest and the chat’s /export give them.
dashboard-downloads-workbook = The workbook (XLSX), as /export sends it
dashboard-downloads-chart = The matrix as a picture (PNG)

# Filters the needs and matrix pages share.
dashboard-filter-campaign = Campaign
dashboard-filter-language = Language
dashboard-filter-district = District
dashboard-filter-migration = Experience of migration
dashboard-filter-everyone = Everyone

# Matrix.
dashboard-matrix-title = Matrix
dashboard-matrix-how = Each point is an idea, placed by the mean of its ratings; the more ratings, the larger the point. An idea is placed once it has { $min } { $min ->
        [one] rating
       *[other] ratings
    }; the lines cross at { NUMBER($midpoint, maximumFractionDigits: 1) }. Point at an idea or tap it to read it with its figures; click it, or tap it again, to open it.
dashboard-matrix-campaign-only = Only the ratings of people who came through “{ $name }” count here.
dashboard-matrix-campaign-withheld = { $count ->
        [one] One idea is left out here.
       *[other] { $count } ideas are left out here.
    } An idea is left out when only a few of the people who rated it (fewer than { $min }) came from outside this campaign: comparing this campaign’s figures with everyone’s would give away those few people’s ratings.
dashboard-matrix-campaign-too-small = The matrix of “{ $name }” is not shown: fewer than { $min } people came through it, or the number is hidden so that a smaller group cannot be worked out from it.
dashboard-matrix-waiting-heading = Not enough ratings yet
dashboard-matrix-waiting-intro = These ideas join the matrix once each has { $min } { $min ->
        [one] rating
       *[other] ratings
    }.
dashboard-matrix-waiting-none = Every idea here has enough ratings.

# Needs.
dashboard-needs-title = Needs
dashboard-needs-none = Nobody has answered the survey yet.
dashboard-needs-respondents = { $count ->
        [one] One person has answered the survey.
       *[other] { $count } people have answered the survey.
    }
dashboard-needs-respondents-group = { $count ->
        [one] One person in this group has answered the survey.
       *[other] { $count } people in this group have answered the survey.
    }
dashboard-needs-suppression = A number below { $min } is shown as “<{ $min }” and has no bar, so that no one can be recognised.

# What became of an approved idea, on its page.
dashboard-outcome-heading = What became of it
dashboard-outcome-label = Outcome
dashboard-outcome-note = Public note for the people who proposed or rated it: what will happen, or why not (up to { $max } characters, in the language of this page)
dashboard-outcome-save = Save the outcome and let people know
dashboard-outcome-translation = The note in the chosen language
dashboard-outcome-bad = Please choose an outcome from the list. Nothing was changed.
dashboard-outcome-too-long = The note is too long: please keep it to { $max } characters. Nothing was changed.
dashboard-outcome-not-allowed = Only an approved idea can be given an outcome, and only an existing note can be translated. Nothing was changed.
dashboard-history-outcome = Outcome set to “{ $outcome }” by { $name }.
dashboard-history-outcome-translated = Outcome note ({ $into }) added by { $name }.
