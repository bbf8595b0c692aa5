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
run-failed-build-changed = the build found { $errors } error(s) and { $warnings } warning(s), and the published folder could not be put back as it was: build again
run-failed-check = the check found { $errors } error(s) and { $warnings } warning(s)
run-built = built { $pages } page(s) for { $portals } portal(s) [{ $names }] in { $secs } s: { $files } files in { $output }
run-built-warnings = built { $pages } page(s) for { $portals } portal(s) [{ $names }] in { $secs } s: { $files } files in { $output } ({ $warnings } warning(s))
run-checked = checked { $pages } page(s) for { $portals } portal(s): no errors, { $warnings } warning(s)
lang-unknown = the language `{ $lang }` is not available: loa speaks `vi` (Vietnamese) and `en` (English)
lang-unknown-help = write `--lang vi` or `--lang en` (or set `LOA_LANG=vi` or `LOA_LANG=en`); without either, loa speaks Vietnamese
label-note = note
note-left-out = { $path }: not published, as it is { $reason }; { $how }
note-left-out-draft-how = remove the line `draft: true` to publish it, or add `--drafts` to preview it
note-left-out-future-how = if the year is a typo, correct `date:`; otherwise the page is published from that day (add `--future` to preview it now)
page-left-out-draft = a draft (`draft: true`)
page-left-out-future = a page dated { $date }, after today
link-to-left-out = this link leads to { $reason }, which is not published
link-to-left-out-help = publish that page, or remove the link

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
expect-whole-number-between = a whole number from { $min } to { $max }
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
template-error-help = fix the template where shown: a name written wrong (see the names available above, if listed), or a tag opened and not closed (`if` needs `endif`, `for` needs `endfor`); if someone else made this template, send them this message
template-error-in-help = this is a fault of loa, not of your site: send this message to loa's developers
template-rendering = while making the page { $page }
template-help-rendering = { $help }; while making the page { $page }
# The page named in template-rendering when the search page fails.
search-page = `tim-kiem/` (search)
template-missing-parent = the template `{ $template }` extends `{ $parent }`, which does not exist
template-not-found = there is no template named `{ $name }`
template-list = the templates are: { $list }
template-required = the theme has no `{ $name }` template
template-required-help = add templates/{ $name } to the site or to the theme
theme-not-found = the theme `{ $theme }` was not found (there is no folder themes/{ $theme }/templates)
theme-list = the themes in this site are: { $list }
and-more = { $help } (and { $n } more)

## Safety: careless input, nothing overwritten, the output (issue 11)

config-plain-name = `{ $key }: { $value }` must be a plain name (letters, digits, `-`, `_`), not a path
config-plain-name-help = it names a folder or file inside the site's own folders, e.g. `{ $example }`
config-file-mb = `file_mb` must be at least 1
config-file-mb-help = the default is { $mb } (megabytes)
lock-open = could not open the build lock `{ $path }`: { $error }
lock-open-help = check that the folder holding the output can be written to
lock-busy = another build (process { $pid }) is still writing `{ $out }` after { $secs } seconds
lock-busy-help = wait for it to finish (is `loa serve` running?), then build again
lock-waiting = waiting for another build (process { $pid }) to finish writing…
output-refused = refusing to build into `{ $out }`: { $reason }, and a build replaces the whole folder
output-reason-site = it holds the site itself
output-reason-source = it is or holds the site's `{ $folder }` folder
output-reason-other-site = it holds a `{ $file }`: it is another site
output-reason-git = it is a git repository
output-reason-not-loa = it is a folder loa did not make
output-use-own = build into a folder of its own, e.g. `{ $public }` (the default) or a new folder
output-not-loa-help = name a new or empty folder (loa marks the folders it makes with a `{ $marker }` file), e.g. `{ $public }` (the default)
output-is-file = the output `{ $out }` is a file, not a folder
output-is-file-help = remove it, or choose another folder with --output
output-old-left = the new site is published, but the old one was not removed: { $error }
output-old-left-help = the next build removes it; or delete it yourself
md-raw-html-removed = raw HTML: { $removed } removed, as it could run a script or break the page
md-raw-html-help = the rest of the HTML is kept; to publish HTML exactly as written (only HTML you trust), set `markdown: {"{"} raw_html: true {"}"}` in loa.yaml
md-script-url = the address `{ $url }` would run a script
md-data-url = the address `{ $url }` carries its content inline (`data:`), which pages may not do
md-script-url-help = link to a page, a file or a web address instead
md-image-no-alt = this image has no alt text: a reader who cannot see it (with a screen reader, or images off on a slow connection) will not know what it shows
md-image-no-alt-help = describe the image briefly between the square brackets, e.g. `![Clean-up day in residential group 3](anh.jpg)`
md-and-more = { $message } (and { $n } more like this on this page)
slug-empty = the slug is empty
slug-empty-help = write the last part of the address, e.g. `slug: gioi-thieu`, or remove the field
slug-too-long = the slug is { $n } characters long
slug-too-long-help = file systems allow { $max }; write a shorter one, e.g. `slug: { $short }`
address-taken-help = { $first } already makes the address `/{ $path }`; { $hint }
address-hint-slug = give one of them another `slug:`
address-hint-alias = change or remove the alias
address-hint-rename = rename the file
address-folder-taken = the folder `content/{ $dir }` makes the address `/{ $path }`, which is taken
address-file-taken = the file `content/{ $file }` would be written at `/{ $path }`, which is taken
address-static-taken = the static file `{ $file }` would overwrite `/{ $path }`
address-static-taken-help = { $owner } makes that address; rename or remove the static file
owner-404 = the 404 page
owner-sitemap = the sitemap
owner-robots = robots.txt
owner-feed = the portal's Atom feed
owner-progress = the progress summary page
owner-opendata = the open data
owner-archive = the archive
owner-tags = the list of tags
owner-english = the English page
owner-alias = an alias of `{ $file }`
owner-folder = the folder `content/{ $dir }`
file-too-big = this file is { $mb } MB, more than the { $limit } MB a page or data file may be
file-too-big-help = split it into several pages, or, if it really is one page, raise the limit in loa.yaml: `limits: {"{"} file_mb: { $mb } {"}"}`
walk-unreadable = could not read `{ $path }`: { $error }
walk-loop = a link leads back into a folder above it
walk-unreadable-help = remove the link or make it point to a file
link-outside = `{ $path }` is a link to { $target }, outside the site; it is not published
link-broken-target = nothing (a broken link)
link-outside-help = copy the file into the site's folder instead: loa follows only links that stay inside the site
utf16 = this file is saved as UTF-16 ("Unicode"), not UTF-8
utf16-help = save it again as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8; in Word: Plain text, Unicode (UTF-8))
mojibake = this file looks like Vietnamese typed in an old encoding (TCVN3 or VNI) and pasted as Unicode: `{ $word }` and { $more } more such word(s); readers would see it garbled
mojibake-help = convert it to Unicode, e.g. with UniKey's conversion tool (Công cụ › Chuyển mã: from TCVN3 (ABC) or VNI Windows to Unicode), then save the file as UTF-8
extra-not-json = this value cannot be used in `extra`: one of its keys is neither text nor a number
extra-not-json-help = use text, numbers, lists and blocks

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
number-thousands-dot = `{ $written }` has a thousands dot, but in the data files a dot marks decimals: it would be read as { $read }
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
qual-field = a qualitative indicator takes no `{ $field }` (`{ $id }` has one)
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
report-period-outside = the period { $period } is outside the plan's years ({ $years })
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
reports-not-checked = { $n } report(s) of this plan, this one among them, were not checked: the plan's page or data ({ $file }) has mistakes
reports-not-checked-help = fix the mistakes reported in the plan's files; the reports are checked in the next run
reports-plan-left-out = { $n } report(s) of the plan `{ $file }`, this one among them, were not checked: the plan's page is not published by this build ({ $why })
reports-plan-left-out-help = once the plan's page is published (remove `draft: true`, or once its date has come), the reports are checked; if a report should not be published yet either, add `draft: true` to it
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
data-link-left-out = `{ $written }` leads to the plan of { $file }, which is not published: it is { $reason }
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
ui-change-point = { $value } percentage point
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
ui-parts-reported = { $n } { $label } with figures / { $all } { $label_all }
ui-rank = ranked { $rank } of { $n } { $label } with figures / { $all } { $label_all }
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
serve-bind-failed-help = another program (perhaps another `loa serve`) uses this port, or the address is not this machine's: choose another port, e.g. `loa serve --port 8080`, or leave out `--bind` to listen on 127.0.0.1
serve-bind-warning = listening on { $addr }: other computers on the network can read the site before it is published
serve-watch-failed = could not watch the site's folders for changes: { $error }
serve-watch-failed-help = on Linux the system limits how many folders may be watched: raise the limit (`sudo sysctl fs.inotify.max_user_watches=524288`, and `fs.inotify.max_user_instances`) or close other programs that watch files, then run `loa serve` again; meanwhile, use `loa build` and open the public folder
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
active-file = `{ $file }` holds { $found }, which would run script at the portal's address when the file is opened; it is not published
active-file-help = remove them (or save the picture as PNG, the document as PDF); for a file you trust, set `markdown: {"{"} raw_html: true {"}"}` in loa.yaml to publish such files as they are
active-file-published = `{ $file }` holds { $found } and is published as it is, as loa.yaml sets `raw_html: true`
config-logo-not-local = `logo: { $logo }` must be a file of the site, not a web address or a path out of it
config-logo-missing = there is no file `{ $logo }` in the site's or the theme's static/ folder
config-logo-help = put the file in the static/ folder and write its name, e.g. `logo: logo.svg`


# <plans:kinds>
## Kinds of units (don-vi.yaml)

unit-kind-tinh = Province or city
unit-kinds-tinh = { $n ->
    [one] province or city
   *[other] provinces or cities
}
unit-kind-quan = Urban district
unit-kinds-quan = { $n ->
    [one] urban district
   *[other] urban districts
}
unit-kind-huyen = Rural district
unit-kinds-huyen = { $n ->
    [one] rural district
   *[other] rural districts
}
unit-kind-thi-xa = Town
unit-kinds-thi-xa = { $n ->
    [one] town
   *[other] towns
}
unit-kind-thanh-pho-thuoc-tinh = Provincial city
unit-kinds-thanh-pho-thuoc-tinh = { $n ->
    [one] provincial city
   *[other] provincial cities
}
unit-kind-phuong = Ward
unit-kinds-phuong = { $n ->
    [one] ward
   *[other] wards
}
unit-kind-xa = Commune
unit-kinds-xa = { $n ->
    [one] commune
   *[other] communes
}
unit-kind-thi-tran = Township
unit-kinds-thi-tran = { $n ->
    [one] township
   *[other] townships
}
unit-kind-dac-khu = Special zone
unit-kinds-dac-khu = { $n ->
    [one] special zone
   *[other] special zones
}
unit-kind-to-dan-pho = Residential group (tổ dân phố)
unit-kinds-to-dan-pho = { $n ->
    [one] residential group
   *[other] residential groups
}
unit-kind-thon = Village (thôn)
unit-kinds-thon = { $n ->
    [one] village
   *[other] villages
}
unit-kind-ap = Hamlet (ấp)
unit-kinds-ap = { $n ->
    [one] hamlet
   *[other] hamlets
}
unit-kind-khu-pho = Neighbourhood (khu phố)
unit-kinds-khu-pho = { $n ->
    [one] neighbourhood
   *[other] neighbourhoods
}
unit-kind-ban = Village (bản)
unit-kinds-ban = { $n ->
    [one] village
   *[other] villages
}
unit-kind-xom = Hamlet (xóm)
unit-kinds-xom = { $n ->
    [one] hamlet
   *[other] hamlets
}
unit-kind-ubnd = People's Committee
unit-kinds-ubnd = { $n ->
    [one] people's committee
   *[other] people's committees
}
unit-kind-hdnd = People's Council
unit-kinds-hdnd = { $n ->
    [one] people's council
   *[other] people's councils
}
unit-kind-phong-ban = Department
unit-kinds-phong-ban = { $n ->
    [one] department
   *[other] departments
}
unit-kind-dang = Party organisation
unit-kinds-dang = { $n ->
    [one] Party organisation
   *[other] Party organisations
}
unit-kind-doan-the = Front or mass organisation
unit-kinds-doan-the = { $n ->
    [one] front or mass organisation
   *[other] front or mass organisations
}
unit-kind-nganh-doc = Sectoral agency
unit-kinds-nganh-doc = { $n ->
    [one] sectoral agency
   *[other] sectoral agencies
}
unit-kind-truong = School
unit-kinds-truong = { $n ->
    [one] school
   *[other] schools
}
unit-kind-khac = Other unit
unit-kinds-khac = { $n ->
    [one] other unit
   *[other] other units
}
unit-kinds-other = { $n ->
    [one] unit
   *[other] units
}
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

# <channels:speech> content/doc-loa.yaml
speech-blank = an entry of the abbreviation list is empty
speech-blank-help = each line under `abbreviations:` gives the abbreviation, a colon, then how it is read, neither empty (for example `UBND: Ủy ban nhân dân`)
# the loudspeaker script's own words (doc-loa.txt), in the site's language
speech-posted = Posted { $date }.
speech-document = { $kind } number { $number }
speech-document-issuer = { $document } of { $issuer }
speech-document-issued = { $document }, dated { $date }
speech-plan-indicators = The plan's indicators:
speech-indicator = { $name }:
speech-indicator-latest = { $line } { $period } reached { $value };
speech-indicator-target = { $line } target for { $period }: { $target };
speech-indicator-judgement = { $line } assessment: { $judgement }.
speech-report-values = Results of the indicators:
speech-report-value = { $indicator }: { $value }.
speech-report-value-kind = { $indicator }: { $value } ({ $kind }).
speech-illustrative = Note: the figures above are illustrative, not official figures.
# </channels:speech>
## loa publish

publish-no-targets = loa.yaml has no publishing target
publish-no-targets-help = add a `publish:` block, e.g. publish: {"{"}thu-muc: {"{"}folder: "/var/www/{"{"}portal{"}"}"{"}"}{"}"} (the README's Publishing section and docs/xuat-ban.md show every kind)
publish-unknown-target = no publishing target `{ $name }` in loa.yaml
publish-unknown-portal = no portal `{ $name }` in loa.yaml
publish-names-are = they are: { $list }
publish-nothing-selected = no publishing target receives the portal asked for
publish-nothing-selected-help = check `portals:` of the targets in loa.yaml, or choose another --portal or --target
publish-target-one-kind = the publishing target `{ $name }` must have exactly one of folder, zip, sftp, ftp, s3 (it has { $count })
publish-target-one-kind-help = e.g. may-chu: {"{"}sftp: {"{"}host: example.vn, user: phuong, dir: "/var/www/{"{"}portal{"}"}"{"}"}{"}"}
publish-target-unknown-portal = the publishing target `{ $name }` names an unknown portal `{ $id }`
publish-target-same-place = the publishing target `{ $name }` receives { $count } portals at one place `{ $place }`: they would overwrite each other
publish-target-same-place-help = put {"{"}portal{"}"} in the place (e.g. dir: "/var/www/{"{"}portal{"}"}"), or name one portal with `portals: [id]`
publish-target-not-zip = `{ $path }` does not end with .zip
publish-target-not-zip-help = e.g. zip: "../xuat-ban/{"{"}portal{"}"}.zip"
publish-target-encryption = `encryption: { $value }` is neither `tls` nor `none`
publish-target-encryption-help = leave it out (explicit TLS, FTPS), or write `encryption: none` only if the host offers nothing but plain FTP: the password then travels unencrypted
publish-target-endpoint = `{ $url }` is not a web address
publish-target-endpoint-help = e.g. endpoint: "https://s3.ap-southeast-1.amazonaws.com"
publish-target-password = a password is written in loa.yaml (`{ $field }` of the target `{ $name }`)
publish-target-password-help = remove that line: passwords never go in loa.yaml, which is shared and kept in history; set the environment variable { $env } or run `loa publish --target { $name } --save-password`
publish-not-built = the portal `{ $portal }` is not built in `{ $dir }`
publish-not-built-help = run `loa build` first (with the same --output, if you gave one), then `loa publish`
publish-changed-since-build = `{ $path }` is not the file the last build wrote (it was changed or removed afterwards)
publish-changed-since-build-help = run `loa build` again, then `loa publish`
publish-connect = could not reach `{ $address }` (target `{ $target }`): { $detail }
publish-connect-help = check the host name and port in loa.yaml and the network connection; nothing was changed on the target
publish-no-answer = no answer in 30 s
publish-unknown-address = unknown host name
publish-refused = the host refused the connection: nothing takes connections on that port
publish-timed-out = the host did not answer in time
publish-unreachable = no network route to the host (this computer is offline, or the network blocks the way)
publish-no-sftp = the host has no SFTP service: { $detail }
publish-auth = the host refused to log in `{ $user }` (target `{ $target }`): wrong password or key (tried: { $tried })
publish-auth-help = check the user name in loa.yaml and the password in the environment variable { $env } or the keyring (`loa publish --target { $target } --save-password`); for a key, check that the host lists its public key
publish-tried-agent = a key of the SSH agent
publish-tried-key = the key { $file }
publish-tried-password = the password from { $env } or the keyring
publish-tried-s3-keys = the access key from { $key } and the secret from { $env } or the keyring
publish-no-secret = no password for the target `{ $target }`
publish-no-secret-help = passwords are never written in loa.yaml: set the environment variable { $env }, or save it in the system keyring with `loa publish --target { $target } --save-password`
publish-no-s3-keys = { $key } (the access key id) and { $env } (the secret key)
publish-key-file = cannot read the key file: { $detail } (an encrypted key needs its passphrase in { $env })
publish-unknown-host = the host `{ $host }` (target `{ $target }`) is not known yet; its key's fingerprint is { $fingerprint }
publish-unknown-host-help = ask the hosting provider (or run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the server) whether its fingerprint is { $fingerprint }; if it is, run `loa publish --trust-host { $fingerprint }` once: the key is added to `{ $file }`
publish-host-key-changed = the key of the host `{ $host }` (target `{ $target }`) is not the one recorded in `{ $file }` line { $line }: it now shows { $fingerprint }
publish-host-key-changed-help = someone may be impersonating the host: do not publish; ask the hosting provider whether they changed the server's key, and only then remove that line and trust the new key
publish-fingerprint-mismatch = --trust-host { $given } does not match the key of `{ $host }`, whose fingerprint is { $fingerprint }
publish-fingerprint-mismatch-help = nothing was trusted; check the fingerprint with the hosting provider
publish-trusted = trusted { $host } ({ $fingerprint }): added to { $file }
publish-tls = could not open an encrypted (TLS) connection to the target `{ $target }`: { $detail }
publish-tls-help = if the host uses its own certificate, save it as a .pem file and name it in `certificate:`; if it offers only plain FTP, write `encryption: none` (the password then travels unencrypted)
tls-unknown-issuer = the host's certificate is not issued by a recognised certificate authority (self-signed, or the hosting provider's own)
tls-expired = the host's certificate has expired (the hosting provider must renew it; or this computer's date is wrong)
tls-not-yet-valid = the host's certificate is not valid yet (or this computer's date is wrong)
tls-wrong-name = the host's certificate is for another name, not `{ $host }` (check the host name written in loa.yaml with the hosting provider)
tls-revoked = the host's certificate has been revoked
publish-certificate = cannot use the certificate `{ $file }`: { $detail }
publish-no-space = no space left on the target `{ $target }` while writing `{ $path }`
publish-no-space-help = free space or ask the hosting provider for a larger quota, then run `loa publish` again: it continues where it stopped; the target still serves a consistent site (nothing was deleted, every page sent so far has its files)
publish-no-permission = no permission to write `{ $path }` on the target `{ $target }`
publish-no-permission-help = check the folder in loa.yaml and that this user may write there (ask the hosting provider); the target still serves a consistent site (nothing was deleted, every page sent so far has its files)
publish-other = publishing to `{ $target }` failed at `{ $path }`: { $detail }
publish-other-help = run `loa publish` again: it continues where it stopped; the target still serves a consistent site (nothing was deleted, every page sent so far has its files)
publish-bad-zip = the existing file is not a readable .zip ({ $detail }); move it away
publish-no-bucket = the bucket `{ $bucket }` does not exist (create it first)
publish-interrupted = publishing `{ $portal }` to `{ $target }` was interrupted after { $sent } file(s); { $left } left
publish-interrupted-help = run `loa publish` again to finish: it continues where it stopped; the target still serves a consistent site (nothing was deleted, every page sent so far has its files)
publish-password-prompt = password for `{ $target }` ({ $place }):{" "}
publish-secret-prompt = secret access key for `{ $target }` ({ $place }):{" "}
publish-password-saved = saved the password of `{ $target }` in the system keyring
publish-save-failed = could not save the password of `{ $target }` in the system keyring: { $detail }
publish-save-failed-help = set the environment variable { $env } instead
publish-empty-password = nothing saved for `{ $target }`: the password is empty
publish-empty-password-help = run `loa publish --target { $target } --save-password` again, type the password and press Enter (nothing shows on the screen while you type: that keeps it secret); or set the environment variable { $env }
keyring-no-access = this computer has no keyring loa can use, or loa may not open it
keyring-rejected = the keyring did not take this password (it may be too long)
keyring-failed = the keyring failed: { $detail }
publish-sent = { $head }: sent { $files } file(s) ({ $size }: { $new } new, { $changed } changed), deleted { $deleted } file(s), { $unchanged } unchanged
publish-sent-resumed = { $head }: sent { $files } file(s) ({ $size }: { $new } new, { $changed } changed), deleted { $deleted } file(s), { $unchanged } unchanged (continued the interrupted publish)
publish-would-send = { $head }: would send { $files } file(s) ({ $size }: { $new } new, { $changed } changed), would delete { $deleted } file(s), { $unchanged } unchanged
publish-up-to-date = { $head }: up to date ({ $files } files)
publish-progress = { $done }/{ $total } files

## Files, folders and pages (converted from code)

fs-error = could not { $op } `{ $path }`: { $detail }
io-not-found = there is no such file or folder
io-permission = permission denied
io-exists = a file or folder is already there
io-is-folder = that is a folder, not a file
io-not-folder = part of the path is a file, not a folder
io-folder-not-empty = the folder is not empty
io-read-only = the disk is read-only
io-full = the disk is full
io-too-large = the file is too large
fs-op-read = read
fs-op-write = write
fs-op-create-folder = create the folder
fs-op-remove-folder = remove the folder
fs-op-move = move
fs-op-copy = copy
fs-op-remove = remove
fs-op-read-folder = read the folder
fs-op-swap-in = put in place
fs-op-other = use
fs-error-place-help = a file is where a folder is needed, or the other way round: rename or move it, then run the command again
fs-error-permission-help = you may not do this there: ask the computer's administrator for the right, or work in a folder of your own
fs-error-full-help = the disk is full: free some space, then run the command again
fs-error-gone-help = that file or folder is not there (it may have been deleted or renamed while loa ran): check it, then run the command again
fs-error-other-help = check that file or folder (in the right place, readable and writable, room left on the disk), then run the command again
content-folder-missing = there is no `content` folder in `{ $dir }`
content-folder-missing-help = create it and put the site's Markdown pages in it
bundle-holds-section = `content/{ $rel }` is inside the folder of a page (a folder with index.md)
bundle-holds-section-help = a folder with index.md is one page; rename index.md to _index.md to make the folder a section
bundle-in-bundle = this page's folder is inside the folder of another page, `content/{ $dir }/`
bundle-in-bundle-help = move this folder out of the other page's folder
bundle-holds-page = `{ $name }` is inside the folder of a page (a folder with index.md), so it is not a page of its own and is not published
bundle-holds-page-help = move it out of that folder to make it a page of its own
not-utf8 = this file is not saved as UTF-8 text
not-utf8-help = save the file as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8). Old Vietnamese encodings such as TCVN3 (ABC), VNI and Windows-1258 must be converted first, e.g. with UniKey's conversion tool
fm-missing = this page has no front matter (the fields between two `---` lines at the top)
fm-missing-help = start the file with a line `---`, then `title: "…"`, then another line `---`; the text comes after
fm-unclosed = the front matter is not closed
fm-unclosed-help = did you forget the second `---` line after the fields?
expect-date = a date written year-month-day, e.g. 2026-01-15
date-bad = `{ $written }` is not a date written year-month-day (YYYY-MM-DD)
date-rewritten-help = dates are written year-month-day: `{ $date }`
date-format-help = dates are written year-month-day, e.g. `2022-01-11`
date-no-such-day = `{ $written }` is not a day of the calendar
date-no-such-day-help = check the month (01–12) and the day of the month
date-year-only-help = write the full date, e.g. `{ $year }-01-01`
address-two-files = two files make the address `/{ $path }`
tag-empty = the tag `{ $name }` has no letters or digits
tag-empty-help = remove it or write a word, e.g. `tags: ["chuyển đổi số"]`
address-tag-taken = the tag `{ $name }` and a content file both make the address `/{ $path }`
alias-taken = the old address `{ $alias }` is an address something else makes
alias-bad = `{ $alias }` is not an address on this site
alias-bad-help = write the old address as a path, e.g. `aliases: ["/tin-tuc/bai-cu/"]`
slug-bad = `{ $slug }` cannot be used in an address
slug-bad-help = use lowercase letters without accents, digits and `-`, e.g. `slug: { $slug }`
title-no-slug = the title has no letters or digits to make an address from
title-no-slug-help = add a `slug:` field, e.g. `slug: gioi-thieu`
use-one-of = use one of: { $list }
doc-kind-unknown = unknown document kind `{ $kind }`
link-broken = broken link: `{ $dest }` leads to no file ({ $shown } does not exist)
link-broken-help = link to another page by its file, relative to this one, e.g. `../van-ban/ke-hoach.md`
md-heading-attrs = heading attributes other than {"{"}#id{"}"} and {"{"}.class{"}"} were left out
md-heading-attrs-help = the `{"{"}…{"}"}` at the end of a heading is read as attributes; write `\{"{"}` to show a brace, or use `{"{"}#id{"}"}`
md-heading-id-twice = two headings on this page have the id `{ $id }`
md-heading-id-twice-help = give one of them another `{"{"}#id{"}"}`
mention-no-page = this site has no page for `{ $number }`, so its mentions are not linked
mention-no-page-help = add a page for it (a `document:` block with this number and `stub: true` is enough), or check the number
portals-are = the portals are: { $list }
portal-unknown = there is no portal `{ $id }` in loa.yaml
portal-unit-unknown = the portal `{ $id }` belongs to an unknown unit `{ $unit }`
portal-unit-unknown-help = `unit` is the id of a unit in a don-vi.yaml file, e.g. `unit: "phuong-hoa-binh"`
base-url-bad = --base-url `{ $url }` is not an absolute web address
base-url-bad-help = e.g. --base-url http://127.0.0.1:8000/

## Periods (in a sentence, and as a heading)

period-year = { $year }
period-year-title = { $year }
period-half = { $n ->
       [1] the first half of { $year }
      *[2] the second half of { $year }
    }
period-half-title = { $n ->
       [1] First half of { $year }
      *[2] Second half of { $year }
    }
period-quarter = Q{ $n } { $year }
period-quarter-title = Q{ $n } { $year }
period-month = { $n ->
       [1] January
       [2] February
       [3] March
       [4] April
       [5] May
       [6] June
       [7] July
       [8] August
       [9] September
       [10] October
       [11] November
      *[12] December
    } { $year }
period-month-title = { $n ->
       [1] January
       [2] February
       [3] March
       [4] April
       [5] May
       [6] June
       [7] July
       [8] August
       [9] September
       [10] October
       [11] November
      *[12] December
    } { $year }

## Redirect page, roles in a task, tables

ui-page-moved = This page has moved to { $link }.
ui-role-lead = Lead
ui-role-support = Supporting
ui-table = Table { $n }

## Command line help (loa --help)

cli-about = Build information portals for Vietnamese local government from Markdown and YAML
cli-lang = Language of messages: vi (default) or en; also LOA_LANG
cli-build = Build every portal into public/<portal>/
cli-check = Check the content (everything build validates, links, anchors, files, unused data) without writing anything
cli-serve = Preview the site at http://127.0.0.1:8000/, rebuilt and reloaded on every edit
cli-publish = Send the built portals to their hosting (the `publish:` targets in loa.yaml), only what changed
cli-init = Make a new site in a folder: one example of each kind, ready to build
cli-new = Add a plan, report, article, unit or indicator, with every field explained
cli-format = How to print the problems: text (default) or json (for other tools)
cli-init-dir = The folder of the new site (created if missing; must be empty)
cli-new-kind = What to add
cli-new-title = Its title (a unit's or an indicator's name); a report's is made from its plan and period when left out
cli-new-plan = For a report, an indicator: the plan's number (e.g. 01/KH-UBND)
cli-new-period = For a report: the period (2026-Q3, 2026-10, 2026-H1, 2026)
cli-root = The site folder (holding loa.yaml); the current folder by default
cli-drafts = Include pages marked draft: true
cli-future = Include pages dated in the future
cli-today = Treat this date (YYYY-MM-DD) as today, for reproducible builds
cli-portal = Only this portal
cli-output = Output folder (default: public/ in the site folder)
cli-output-serve = Output folder for --write (default: public/ in the site folder)
cli-output-publish = Where the site was built (default: public/ in the site folder)
cli-base-url = Publish at this address instead of the configured base URL (a preview)
cli-port = The port to listen on (0: any free port)
cli-bind = The address to listen on; anything but 127.0.0.1 lets other computers see the site
cli-open = Open the site in the web browser
cli-write = Also write each good build into the output folder
cli-target = Only this target (a name under `publish:` in loa.yaml)
cli-dry-run = List what would be sent and deleted; change nothing
cli-trust-host = Trust an SSH host whose key has this fingerprint (SHA256:…), after checking it with the hosting provider
cli-save-password = Ask for the password of each target and save it in the system keyring (nothing is published)
## loa init, loa new (src/scaffold/)
scaffold-exists = the file `{ $file }` already exists: loa never writes over an existing file
scaffold-exists-help = change the title to get another file name, or rename or delete the old file and run the command again
init-not-empty = the folder `{ $dir }` is not empty: `loa init` makes a new site only in an empty folder
init-not-empty-help = choose a new folder, e.g. loa init my-ward
init-done = made a new site in `{ $dir }` ({ $files } files). Preview it: cd { $dir } && loa serve
new-done = made `{ $file }`
new-no-title = no title: `loa new` needs the title (or name) of what it makes
new-no-title-help = write the title in double quotes, e.g. loa new article "Digital skills class opens"
new-plan-no-number = no plan number in the title
new-plan-no-number-help = write the number in the title ("Kế hoạch số 25/KH-UBND về …") or add --plan 25/KH-UBND
new-needs-plan = the plan's number is needed: add --plan NUMBER
new-needs-plan-help = e.g. loa new report --plan 25/KH-UBND --period 2026-Q3
new-no-plan = there is no plan numbered `{ $number }` (a document with a ke-hoach.yaml in its folder)
new-plan-list = the plans: { $list }
new-bad-period = `{ $period }` is not a reporting period
new-bad-period-help = add --period with the period, e.g. 2026-Q3 (third quarter), 2026-10 (October), 2026-H1 (first half), 2026 (the year)
new-no-portal-unit = the portal's unit is not known: no portal in loa.yaml has `unit:`
new-no-portal-unit-help = add `unit: "unit-id"` to the portal in loa.yaml (an id from content/don-vi/don-vi.yaml)
new-yaml-broken = could not add to `{ $file }`: the file would no longer read; it was left as it was
new-yaml-broken-help = run loa check to see the mistake already in the file, fix it, then run the command again
new-yaml-layout-help = the file has no mistake, but it is not written as a list of `- id:` blocks (it is in brackets `[{"{"} … {"}"}]` or laid out another way), so loa cannot add to it: add the new entry by hand, written like the entries already there (docs/plans.md lists the fields)
new-report-exists = this plan already has a report for { $period }: `{ $file }`
new-report-exists-help = open that file to edit it, or choose another period with --period
new-added = added to `{ $file }`
check-task-overdue = task { $number } is past its deadline ({ $due }), no report calls it done, and the latest report (`{ $report }`) says nothing of it
check-task-overdue-help = in the next report's `tasks:`, give its status, e.g. "{ $number }": {"{"}status: "delayed", note: "Why it is late"{"}"}
check-anchor-missing = a link to `#{ $anchor }` on the page `{ $page }`, which has no part of that name
check-anchor-missing-help = correct the part after #: a heading's name is its text in lowercase, without diacritics, joined by "-" (## Mục tiêu chung → #muc-tieu-chung)
check-anchor-missing-generated = the link is on the page `{ $file }`, made by the theme: check the templates (templates/)
check-unit-unused = the unit `{ $id }` ({ $name }) is named by no plan, report, portal or document
check-unit-unused-help = if it is another unit's id mistyped, keep one id and delete this block from don-vi.yaml; if the unit will be given tasks, leave it
check-attachment-missing = the attachment `{ $file }` (in `attachments:`) is not in the document's folder
check-attachment-missing-help = copy the file into `{ $dir }`, or correct its name in `attachments:` (upper and lower case and the .pdf ending included)
new-id-exists = the id `{ $id }` is already used by “{ $name }”
new-id-exists-help = choose another name (the id is made from it), or edit the block already there
check-yaml-unread = loa does not read `{ $file }` as data (only don-vi.yaml, ke-hoach.yaml and doc-loa.yaml): it is published as a file to download
check-yaml-unread-help = name a list of units don-vi.yaml; name a plan's data ke-hoach.yaml, beside the plan's index.md; if the file is meant to be downloaded, leave it
