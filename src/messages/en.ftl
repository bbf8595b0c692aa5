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
extra-not-json = this value cannot be used in `extra`: { $error }
extra-not-json-help = use text, numbers, lists and blocks

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
active-file = `{ $file }` holds { $found }, which would run script at the portal's address when the file is opened; it is not published
active-file-help = remove them (or save the picture as PNG, the document as PDF); for a file you trust, set `markdown: {"{"} raw_html: true {"}"}` in loa.yaml to publish such files as they are
active-file-published = `{ $file }` holds { $found } and is published as it is, as loa.yaml sets `raw_html: true`
config-logo-not-local = `logo: { $logo }` must be a file of the site, not a web address or a path out of it
config-logo-missing = there is no file `{ $logo }` in the site's or the theme's static/ folder
config-logo-help = put the file in the static/ folder and write its name, e.g. `logo: logo.svg`


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
publish-sent = { $head }: sent { $files } file(s) ({ $size }: { $new } new, { $changed } changed), deleted { $deleted } file(s), { $unchanged } unchanged
publish-sent-resumed = { $head }: sent { $files } file(s) ({ $size }: { $new } new, { $changed } changed), deleted { $deleted } file(s), { $unchanged } unchanged (continued the interrupted publish)
publish-would-send = { $head }: would send { $files } file(s) ({ $size }: { $new } new, { $changed } changed), would delete { $deleted } file(s), { $unchanged } unchanged
publish-up-to-date = { $head }: up to date ({ $files } files)
publish-progress = { $done }/{ $total } files
