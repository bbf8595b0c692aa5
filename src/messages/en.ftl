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
# The page named in template-rendering when the search page fails.
search-page = `tim-kiem/` (search)
template-missing-parent = the template `{ $template }` extends `{ $parent }`, which does not exist
template-not-found = there is no template named `{ $name }`
template-list = the templates are: { $list }
template-required = the theme has no `{ $name }` template
template-required-help = add templates/{ $name } to the site or to the theme
theme-not-found = the theme `{ $theme }` was not found (there is no folder themes/{ $theme }/templates)
theme-none-help = put a theme in themes/<name>/templates/
theme-list = the themes in this site are: { $list }
and-more = { $help } (and { $n } more)

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
