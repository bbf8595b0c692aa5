# loa's messages in English. Every id here is also in vi.ftl (a test checks
# both files have the same ids and variables). Variables: { $name }.
# A literal brace is written {"{"}.

## Labels of printed diagnostics

label-error = error
label-warning = warning
label-help = help
raw = { $text }
did-you-mean = did you mean `{ $name }`?

## The command line

run-failed-build = the build found { $errors } error(s) and { $warnings } warning(s); the published folder was not changed
run-failed-check = the check found { $errors } error(s) and { $warnings } warning(s)
run-built = built { $pages } page(s) for { $portals } portal(s) [{ $names }] in { $secs } s: { $files } files in { $output }
run-built-warnings = built { $pages } page(s) for { $portals } portal(s) [{ $names }] in { $secs } s: { $files } files in { $output } ({ $warnings } warning(s))
run-checked = checked { $pages } page(s) for { $portals } portal(s): no errors, { $warnings } warning(s)
lang-unknown = the language `{ $lang }` is not available: loa speaks `vi` (Vietnamese) and `en` (English)

## YAML: front matter, data files and loa.yaml

yaml-in-field = in the field `{ $field }`: { $message }
yaml-unknown-field = there is no field `{ $name }` here
yaml-remove-field = remove this field
yaml-allowed-fields = the fields allowed here are { $list }; free-form values go under `extra:`
yaml-missing-field = the field `{ $name }` is required
yaml-missing-field-help = add a line `{ $name }: …` to this block
yaml-wrong-type = { $expected } is expected here, but it says { $found }
yaml-invalid-value = { $found } cannot be used here: { $expected } is expected
yaml-write-expected = write { $expected }
yaml-write-list = write a list: one item per line starting with `- `, or [a, b] on one line
yaml-write-bool = write `true` (yes) or `false` (no)
yaml-quote-text = put the text in double quotes, e.g. note: "3 buổi tập huấn, 410 người": inside quotes, commas and colons are part of the text
yaml-unknown-value = `{ $name }` is not one of the values this field takes
yaml-one-of = write one of: { $list }
yaml-duplicate-field = the field `{ $name }` is written twice in this block
yaml-duplicate-entry = the same key is written twice in this block
yaml-duplicate-help = each field may appear only once: remove one of them or merge them
yaml-too-deep = this YAML nests or repeats itself too deeply to be read
yaml-too-deep-help = write the data out plainly, without anchors (&) and aliases (*) that repeat blocks
yaml-text-cut = the text was cut at a comma or a colon: `{ $piece }` was read as the name of a field
yaml-decimal-comma = `{ $written }` uses a comma for decimals
yaml-decimal-comma-help = decimals take a dot in the data files: `{ $number }` (the site shows it the Vietnamese way, with a comma)
yaml-thousands-help = write numbers without thousands separators: `{ $number }`; decimals take a dot: `71.5`
yaml-syntax = this line is not valid YAML: { $detail }
yaml-syntax-colon = a `:` appears where a value was expected
yaml-syntax-key = a field name is missing, or the indentation is wrong
yaml-syntax-token = a value starts with a character that is not allowed there (such as a tab, `@` or a backquote)
yaml-syntax-flow-map = a `,` or the closing `{"}"}` is missing in a block written between braces
yaml-syntax-flow-list = a `,` or the closing `]` is missing in a list written between brackets
yaml-syntax-end = the text ends too early: a closing quote, `]` or `{"}"}` is missing
yaml-syntax-tab = a tab is used for indentation
yaml-syntax-dash = a list item (`- `) is not indented under its field
yaml-syntax-alias = an alias (`*name`) refers to an anchor that does not exist
yaml-tabs = YAML does not allow tabs for indentation: indent with spaces (2 per level)
yaml-colon-in-text = a text that contains `: ` must be put in double quotes, e.g. title: "Kế hoạch: năm 2026"
yaml-flow-quote = inside {"{"} … {"}"} or [ … ], put any text containing a comma or a colon in double quotes, e.g. {"{"}status: done, note: "3 buổi, 410 người"{"}"}
yaml-check-indent = check the indentation (spaces, the same for fields of one block) and that every `field: value` pair is on its own line; put text with special characters in double quotes

## What a field expects, and what was found

expect-year = a year, e.g. 2026
expect-whole-number = a whole number, e.g. 25
expect-number = a number, e.g. 22000 or 71.5
expect-bool = `true` or `false`
expect-text = a text
expect-list = a list
expect-block = a block of fields (one `field: value` per line, indented under this one)
expect-keyword = one of the words listed below
expect-other = another kind of value
found-text = the text "{ $text }"
found-number = the number { $text }
found-bool = { $text }
found-list = a list
found-block = a block of fields
found-nothing = nothing
found-other = { $text }

## loa.yaml

config-missing = there is no `{ $file }` in `{ $dir }`
config-missing-help = run loa in the site's folder (the one with loa.yaml and content/), pass --root FOLDER, or create a site with `loa init FOLDER`
config-bad-url = `{ $url }` is not a full web address
config-bad-url-help = write the address the site will be published at, starting with https://, e.g. base_url: "https://badinh.hanoi.gov.vn/"
config-portal-url-help = e.g. base_url: "https://example.gov.vn/phuong-phuc-xa/"
config-no-portal = the site has no portal
config-no-portal-help = list at least one portal under `portals:`, e.g. portals: [{"{"}id: "phuong-ba-dinh"{"}"}]
config-portal-id = the portal id `{ $id }` can only hold lowercase letters without marks, digits and `-`
id-example = e.g. `{ $id }`
config-portal-twice = two portals have the id `{ $id }`
config-portal-twice-help = give every portal its own id
config-bad-accent = `{ $accent }` is not a colour written #rrggbb
config-bad-accent-help = e.g. accent: "#8c1c13" (in quotes: YAML reads # as the start of a comment); keep it dark enough for white text

## Templates and themes

template-error = template error: { $detail }
template-error-in = template error: { $detail } (in the template `{ $template }`)
template-rendering = while making the page { $page }
template-help-rendering = { $help }; while making the page { $page }
template-missing-parent = the template `{ $template }` extends `{ $parent }`, which does not exist
template-not-found = there is no template named `{ $name }`
template-list = the templates are: { $list }
template-required = the theme has no `{ $name }` template
template-required-help = add templates/{ $name } to the site or to the theme
theme-not-found = the theme `{ $theme }` was not found (there is no folder themes/{ $theme }/templates)
theme-none-help = put a theme in themes/<name>/templates/
theme-list = the themes in this site are: { $list }
and-more = { $help } (and { $n } more)

# <plans:content>
## Numbers, keywords and keys of the plan data (docs/plans.md)

number-missing = a number is expected here, but nothing is written
number-write-figure = write the figure, e.g. 22000 or 71.5
number-not-figure = `{ $written }` is not a figure
number-percent-sign = `{ $written }` has a `%` sign
number-percent-help = write percentages without `%`: `{ $plain }`
number-comma = `{ $written }` has a comma
number-separators-help = write whole numbers without separators (`{ $plain }`) and decimals with a dot (`71.5`)
number-spaces = `{ $written }` has spaces or `_` between its digits
number-spaces-help = write the digits together: `{ $plain }`
number-thousands-dot = `{ $written }` has a thousands dot: it would be read as { $read }
number-not-number = `{ $written }` is not a number
number-hex-help = write the number in ordinary digits, e.g. 31
number-exponent-help = write the number in full, e.g. 1000 rather than 1e3
number-dot-help = write a digit on both sides of the dot, e.g. 0.5
number-too-large = `{ $written }` is larger than any real figure
number-too-large-help = check the number of digits; figures above 10^15 are refused
year-bad = `{ $written }` is not a year
year-help = write the year with four digits, e.g. 2026
keyword-unknown = `{ $written }` is not { $what }
keyword-one-of = write one of: { $list }
kw-cadence = a cadence
kw-indicator-kind = a kind of indicator
kw-direction = a direction (higher or lower)
kw-scope = a scope (area or per-unit)
kw-combine = a way to combine the units' values
kw-achieved-by = a choice of values that can show a target achieved
kw-comparison = a comparison
kw-task-status = a task status
kw-value-type = a type of value (period, cumulative or estimate)
kw-assessment = an assessment (achieved, mostly-achieved or not-achieved)
key-twice = `{ $key }` is written twice in this block
key-twice-help = each key may appear only once: remove one of them, or merge them
expect-keyed-block = a block of `key: value` lines
expect-value = a number, or a block with `value:`
expect-unit-value = a number, or a block with `value:` and `weight:`
expect-period = a period such as 2026, 2026-H1, 2026-Q3 or 2026-10
value-neither = `{ $written }` is neither a number nor an assessment
value-neither-help = write a number such as 71.5; for a qualitative indicator, đạt, cơ bản đạt or chưa đạt
period-bad = `{ $written }` is not a reporting period
period-help = write a year `2022`, a half year `2022-H1` or `2022-H2`, a quarter `2023-Q3`, or a month `2023-05` (or in words: `năm 2022`, `6 tháng đầu năm 2022`, `Quý III/2023`, `tháng 5/2023`)
# </plans:content>

# <plans:model>
## Units, plans and reports (docs/plans.md)

unit-bad-id = unit id `{ $id }` must be lowercase ASCII words joined by `-`
unit-twice = two units have the id `{ $id }`
unit-twice-help = give every unit its own id
unit-kind-unknown = unknown unit kind `{ $kind }`
unit-kind-help = use one of: { $list }
unit-loop = the parents of `{ $id }` loop: { $chain }
unit-loop-help = a unit cannot be inside itself: fix `parent` on one of these units
unit-unknown = unknown unit `{ $id }`
unit-unknown-help = units are listed in a don-vi.yaml file; add it there, or check the spelling
plan-ends-before = the plan ends ({ $end }) before it starts ({ $start })
plan-ends-before-help = `start` and `end` are the first and last years the plan covers
duty-no-cadence = a reporting duty needs a cadence of reports
duty-no-cadence-help = write `monthly`, `quarterly`, `half-yearly` or `yearly`
duty-from-kind = `from: { $from }` is not a period of this cadence
duty-from-kind-help = write the first period to report, like `{ $first }`
duty-days = `due_days: { $written }` is not a number of days
duty-days-help = write a whole number of days from 0 to 366, e.g. `due_days: 15`
ind-bad-id = indicator id `{ $id }` must be lowercase ASCII words joined by `-`
ind-bad-id-help = e.g. `{ $id }`; the id becomes the indicator's address
ind-twice = two indicators have the id `{ $id }`
ind-twice-help = give every indicator its own id
ind-parent-sub = `{ $parent }` is itself a sub-indicator
ind-parent-sub-help = a sub-indicator's `parent` is a main indicator of the plan (one level only)
ind-parent-unknown = unknown parent indicator `{ $parent }`
ind-parent-help = `parent` names another indicator of this plan
qual-field = the qualitative indicator `{ $id }` has no `{ $field }`
qual-field-help = remove it: a qualitative indicator is assessed in words, never as a number
ind-no-measure = the indicator `{ $id }` has no `measure`
ind-no-measure-help = add what a value counts, e.g. `measure: "%"` or `measure: "hộ"`
ind-no-sum = the values of `{ $id }` cannot be added up
ind-no-sum-help = percentages and averages combine as `weighted-mean` (with weights) or `none`
ind-weighted-by = `weighted_by` is given but `{ $id }` does not combine as a weighted mean
ind-weighted-by-help = remove `weighted_by`, or write `combine: "weighted-mean"`
target-no-when = a target of `{ $id }` needs either `year` or `period`
target-no-when-help = a yearly target has `year: 2026`; a quarterly one `period: "2026-Q3"`
target-order = targets must be in time order: { $period } comes after { $last }
target-order-help = list the targets from the earliest to the latest, each period once
target-yearly = `{ $id }` counts per year, so its targets are yearly
target-yearly-help = write `year: 2026` instead of a shorter period
target-value-or-text = the target for { $period } needs either `value` or `text`
target-value-or-text-help = a number goes in `value: 22000`; a target without a number in `text: "Hầu hết …"`
target-qual-number = the qualitative indicator `{ $id }` has a number as target
target-qual-number-help = write the target in words: `text: "…"`
what-baseline = the baseline
what-target = the target for { $period }
what-value = the value of `{ $id }`
what-unit-value = the value of `{ $id }` for `{ $unit }`
value-percent = { $what } is { $value }, outside 0–100 for a percentage
value-percent-help = percentages are written without `%`, between 0 and 100, e.g. 71.5
value-negative = { $what } is { $value }, but it cannot be negative
value-negative-help = write the number counted, 0 or more
group-twice = two task groups have the number `{ $number }`
group-twice-help = number every group once
task-twice = two tasks have the number `{ $number }`
task-twice-help = number every task once, e.g. 1.1, 1.2, 2.1
task-no-lead = task { $number } has no lead unit
task-no-lead-help = add `lead: ["unit-id"]`: the unit in charge (chủ trì)
item-bad-number = `{ $number }` cannot be the number of a { $what }
item-task = task
item-group = task group
item-bad-number-help = numbers are digits or ASCII letters in parts joined by dots, e.g. `1`, `2.3`, `IV.1`
report-plan-none = no plan numbered `{ $written }`
report-plan-help = `plan` is the number of a document whose bundle has a ke-hoach.yaml
report-plan-no-data = `{ $written }` is a document without plan data
report-plan-no-data-help = add a ke-hoach.yaml beside { $file }
report-plan-several = `{ $written }` fits several documents: { $list }
report-plan-several-help = add the date or the issuer, e.g. `plan: "{ $example }"`
doc-mention = { $number } ngày { $issued } của { $issuer }
report-period-outside = the period { $period } is outside the plan's years { $start }–{ $end }
report-period-outside-help = check the year, or the plan's `start` and `end` in its ke-hoach.yaml
report-no-indicator = the plan { $plan } has no indicator `{ $id }`
report-indicators-help = the plan's indicators are: { $list }
report-no-task = the plan { $plan } has no task `{ $number }`
report-tasks-help = use the task numbers of the plan's ke-hoach.yaml
value-no-status = the assessment of `{ $id }` has no `status`
value-no-status-help = add `status: "đạt"`, `"cơ bản đạt"` or `"chưa đạt"`
value-qualitative = `{ $id }` is a qualitative indicator: it is assessed, not counted
value-qualitative-help = write `{"{"}status: "cơ bản đạt", text: "…"{"}"}` instead of a number
value-no-value = the value of `{ $id }` has no `value`
value-no-value-help = add `value:` with the area's figure
value-needs-number = `{ $id }` is counted: it needs a number, not an assessment
value-needs-number-help = write its figure, e.g. `71.5`
units-area-only = `{ $id }` is reported for the whole area only, not per unit
units-area-only-help = remove `units:`, or set `scope: "per-unit"` on the indicator
unit-not-part = `{ $unit }` is not a { $label } of { $area }
unit-not-part-help = per-unit values are for the territorial units whose `parent` is the plan's area
unit-no-weight = the value of `{ $id }` for `{ $unit }` has no weight
unit-no-weight-help = `combine: weighted-mean` needs `{"{"}value: …, weight: …{"}"}` for every unit
unit-weight-positive = the weight of `{ $unit }` for `{ $id }` must be more than 0
unit-weight-positive-help = the weight is what the value is a share or mean of (cases, households)
unit-weight-extra = `{ $id }` has no weights, but `{ $unit }` has one
unit-weight-extra-help = remove `weight`, or write `combine: "weighted-mean"` on the indicator
parts-sum-gap = the unit values of `{ $id }` add up to { $sum }, not the total { $total }
parts-sum-help = check the figures; the pages show the total and each unit as written
parts-mean-gap = the weighted mean of the unit values of `{ $id }` is { $mean }, not the reported { $total }
parts-mean-help = check the values and their weights; the pages show each as written
reports-missing = no report of { $plan } by { $unit } for { $periods }
reports-missing-help = the plan's `reporting:` asks for a report { $cadence }; add the reports (a page with `report:`), or change `from`/`due_days`
document-twice = two pages are the document `{ $number }`
document-twice-help = `{ $file }` has the same number, issuer and year; a document has one page (documents of another issuer or year may share a number: check `issuer` and `issued`)
unit-address-taken = the unit `{ $id }` and another file both make the address `/{ $path }`
indicator-address-taken = the indicator `{ $id }` makes the address `/{ $path }`, which is taken
plan-not-beside = this plan's data is not beside a plan page
plan-not-beside-help = put ke-hoach.yaml in the folder of the plan's page bundle (the folder with its index.md)
plan-not-document = the page beside this ke-hoach.yaml is not a document
plan-not-document-help = add a `document:` block (kind, number) to { $file }
reports-twice = two reports of { $unit } for { $period }
reports-twice-help = { $file } reports the same period
every-month = every month
every-quarter = every quarter
every-half-year = every six months
every-year = every year
mention-ambiguous = this mention fits several documents: { $list }
mention-ambiguous-help = add the date ("ngày 15/01/2026") or the issuer ("của UBND phường …") after the number, so the link goes to the right one
data-link-several = `{ $written }` is in several plans: { $plans }
data-link-several-help = name the plan after `@`, e.g. `{ $example }`
data-link-no-plan = no plan `{ $written }`
data-link-plan-several = `{ $written }` fits several plans: { $plans }
data-link-plan-help = after `@`, write the plan's number (with its date if two plans share it) or the last part of its page's address, e.g. `@ke-hoach-25-kh-ubnd`
data-link-no-indicator = there is no indicator `{ $id }` to link to
data-link-no-task = there is no task `{ $number }` to link to
data-link-no-report = there is no report for { $period } to link to
data-link-reports-several = { $n } reports are for { $period }: this link cannot choose
data-link-address-help = link to the report by its page's address instead, e.g. `/bao-cao/ten-bao-cao/`
data-link-no-unit = there is no unit `{ $id }` to link to
data-link-help = links to the plan data are written `chi-tieu:ID`, `nhiem-vu:NUMBER`, `bao-cao:PERIOD` or `don-vi:ID` (see docs/plans.md)
# </plans:model>

# <plans:ui>
## Plan pages: interface strings written by loa

ui-judgement-achieved = Achieved
ui-judgement-on-track = On track
ui-judgement-behind = Behind the roadmap
ui-judgement-too-early = Not enough data to judge
ui-judgement-mostly = Mostly achieved
ui-judgement-not-achieved = Not achieved
ui-status-not-started = Not started
ui-status-in-progress = In progress
ui-status-done = Done
ui-status-delayed = Delayed
ui-cadence-once = Once
ui-cadence-monthly = Monthly
ui-cadence-quarterly = Quarterly
ui-cadence-half-yearly = Every six months
ui-cadence-yearly = Yearly
ui-cadence-ongoing = Ongoing
ui-assessment-achieved = Achieved
ui-assessment-mostly = Mostly achieved
ui-assessment-not = Not achieved
ui-type-cumulative = cumulative
ui-type-estimate = estimate
ui-kind-count = Count
ui-kind-percent = Percentage
ui-kind-count-per-year = Count per year
ui-kind-average = Average
ui-kind-qualitative = Qualitative
ui-direction-higher = Higher is better
ui-direction-lower = Lower is better
ui-per-year = a year
ui-target-at-least = at least { $value }{ $per_year }
ui-target-at-least-percent = { $value } or more{ $per_year }
ui-target-more-than = more than { $value }{ $per_year }
ui-target-about = about { $value }{ $per_year }
ui-target-at-most = at most { $value }{ $per_year }
ui-target-less-than = less than { $value }{ $per_year }
ui-target-all = 100%
ui-target-none = no { $measure }{ $per_year }
ui-change-points = { $value } percentage points
ui-no-report = No report yet
ui-report-missing = No report for { $period } yet
ui-task-due = Due { $date }
ui-what = the figure for { $period }
ui-what-typed = the { $kind } figure for { $period }
ui-basis-reached = Target for { $when } achieved ({ $target }): { $what } is { $value }.
ui-basis-met-early = The target for { $when } ({ $target }) is reached: { $what } is { $value }; it counts as achieved only with a figure for the whole of { $when } (estimates never count).
ui-basis-missed = { $when } is over and the target ({ $target }) was not met: { $what } is { $value }.
ui-basis-flat = The target for { $when } is { $target }; { $what } is { $value }: not met.
ui-basis-per-year = Target { $target }; for the { $months } months the figure covers, about { $expected } was due; { $what } is { $value }.
ui-basis-line = Against an even roadmap from { $origin } to the target for { $when } ({ $target }): by the end of { $period } about { $expected } was due; { $what } is { $value }.
ui-basis-no-line = There is only { $what } and the plan gives no baseline, so there is no roadmap to the target for { $when } to compare with yet.
ui-origin-target = the target for { $period } ({ $value })
ui-origin-baseline = the { $year } baseline ({ $value })
ui-origin-first = the figure for { $period } ({ $value })
ui-series-year = By year
ui-series-half = By half year
ui-series-quarter = By quarter
ui-series-month = By month
ui-series-cumulative = Cumulative from January
ui-legend-year = Circles: figures by year
ui-legend-half = Squares: figures by half year
ui-legend-quarter = Triangles: figures by quarter
ui-legend-month = Small dots: figures by month
ui-legend-cumulative = Squares on a dashed line: cumulative figures
ui-legend-targets = Diamonds and the dashed line: targets
ui-parts-sum-note = The { $label } figures add up to { $sum }, not the area's reported figure ({ $total }).
ui-parts-mean-note = The weighted mean of the { $label } figures is { $mean }, not the area's reported figure ({ $total }).
ui-parts-reported = { $n } { $label } with figures / { $all } { $label }
ui-rank = ranked { $rank } of { $n } { $label } with figures / { $all } { $label }
ui-share-of-area = { $share } of the area
ui-weights = weight
ui-units-count = { $n } { $label }
ui-chart-no-data = No reported figures yet.
ui-chart-values = Reported figures: { $list }.
ui-chart-targets = Targets: { $list }.
# </plans:ui>
## loa serve

serve-listening = serving { $portals } portal(s) at { $url } (Ctrl+C to stop)
serve-bind-failed = could not listen on { $addr }: { $error }
serve-bind-warning = listening on { $addr }: other computers on the network can read the site before it is published
serve-watch-failed = could not watch the site's folders for changes: { $error }
serve-ready = ready in { $ms } ms
serve-updated = updated in { $ms } ms ({ $outputs } page(s) rendered again)
serve-updated-all = updated in { $ms } ms (every page rendered again)
serve-failed = { $errors } error(s): the browser shows them over the last good build
serve-written = written to { $output }
serve-index-title = Portals of this site
serve-index-intro = A preview by loa serve: each portal is at its own address, as it will be once published. Pages reload by themselves after each edit.
serve-overlay-title = The content has errors: you are seeing the last good build
serve-overlay-none = The content has errors and no build has succeeded yet
serve-overlay-count = { $errors } error(s), { $warnings } warning(s).
serve-overlay-hint = Fix the files named below and save: this page reloads by itself.

# <plans:kinds>
## Kinds of units (don-vi.yaml)

unit-kind-tinh = Province or city
unit-kinds-tinh = province or city
unit-kind-quan = Urban district
unit-kinds-quan = urban district
unit-kind-huyen = Rural district
unit-kinds-huyen = rural district
unit-kind-thi-xa = Town
unit-kinds-thi-xa = town
unit-kind-thanh-pho-thuoc-tinh = Provincial city
unit-kinds-thanh-pho-thuoc-tinh = provincial city
unit-kind-phuong = Ward
unit-kinds-phuong = ward
unit-kind-xa = Commune
unit-kinds-xa = commune
unit-kind-thi-tran = Township
unit-kinds-thi-tran = township
unit-kind-dac-khu = Special zone
unit-kinds-dac-khu = special zone
unit-kind-to-dan-pho = Residential group (tổ dân phố)
unit-kinds-to-dan-pho = residential group
unit-kind-thon = Village (thôn)
unit-kinds-thon = village
unit-kind-ap = Hamlet (ấp)
unit-kinds-ap = hamlet
unit-kind-khu-pho = Neighbourhood (khu phố)
unit-kinds-khu-pho = neighbourhood
unit-kind-ban = Village (bản)
unit-kinds-ban = village
unit-kind-xom = Hamlet (xóm)
unit-kinds-xom = hamlet
unit-kind-ubnd = People's Committee
unit-kinds-ubnd = people's committee
unit-kind-hdnd = People's Council
unit-kinds-hdnd = people's council
unit-kind-phong-ban = Department
unit-kinds-phong-ban = department
unit-kind-dang = Party organisation
unit-kinds-dang = Party organisation
unit-kind-doan-the = Front or mass organisation
unit-kinds-doan-the = front or mass organisation
unit-kind-nganh-doc = Sectoral agency
unit-kinds-nganh-doc = sectoral agency
unit-kind-truong = School
unit-kinds-truong = school
unit-kind-khac = Other unit
unit-kinds-khac = other unit
unit-kinds-other = unit
# </plans:kinds>

# <channels:progress> the progress summary page (tinh-hinh-thuc-hien/)
ui-report-due = Report for { $period } by { $unit }: due { $date }
ui-progress-indicators = Indicators
ui-progress-tasks = Tasks
ui-progress-achieved = achieved
ui-progress-on-track = on track
ui-progress-behind = behind or not achieved
ui-progress-no-data = without data
ui-progress-done = done
ui-progress-in-progress = in progress
ui-progress-overdue = overdue
ui-progress-other = not started or not reported
# </channels:progress>
