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
dashboard-ideas-number = { NUMBER($value, minimumFractionDigits: 2, maximumFractionDigits: 2) }
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
dashboard-history-translated = Translation into { $into } added by { $name }.
dashboard-history-made = Taken into the idea bank by { $name }.
