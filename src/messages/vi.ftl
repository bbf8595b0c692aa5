# Thông báo của loa bằng tiếng Việt (ngôn ngữ mặc định). Mỗi mã ở đây cũng
# có trong en.ftl (một bài kiểm thử so hai tệp: cùng mã, cùng biến).
# Biến: { $name }. Dấu ngoặc nhọn viết là {"{"}.

## Nhãn của thông báo

label-error = lỗi
label-warning = cảnh báo
label-help = cách sửa
raw = { $text }
did-you-mean = có phải ý bạn là `{ $name }`?

## Dòng lệnh

run-failed-build = bản dựng có { $errors } lỗi và { $warnings } cảnh báo; trang đã xuất bản không bị thay đổi
run-failed-build-changed = bản dựng có { $errors } lỗi và { $warnings } cảnh báo, và không thể trả thư mục đã xuất bản về như cũ: hãy dựng lại
run-failed-check = kiểm tra thấy { $errors } lỗi và { $warnings } cảnh báo
run-built = đã dựng { $pages } trang cho { $portals } cổng [{ $names }] trong { $secs } giây: { $files } tệp trong { $output }
run-built-warnings = đã dựng { $pages } trang cho { $portals } cổng [{ $names }] trong { $secs } giây: { $files } tệp trong { $output } ({ $warnings } cảnh báo)
run-checked = đã kiểm tra { $pages } trang cho { $portals } cổng: không có lỗi, { $warnings } cảnh báo
lang-unknown = không có ngôn ngữ `{ $lang }`: loa dùng `vi` (tiếng Việt) và `en` (tiếng Anh)

## YAML: phần đầu trang, tệp dữ liệu và loa.yaml

yaml-in-field = ở trường `{ $field }`: { $message }
yaml-unknown-field = ở đây không có trường `{ $name }`
yaml-remove-field = xóa trường này
yaml-allowed-fields = các trường dùng được ở đây là { $list }; giá trị tự do đặt dưới `extra:`
yaml-missing-field = thiếu trường bắt buộc `{ $name }`
yaml-missing-field-help = thêm một dòng `{ $name }: …` vào khối này
yaml-wrong-type = ở đây cần { $expected }, nhưng lại ghi { $found }
yaml-invalid-value = không dùng được { $found } ở đây: cần { $expected }
yaml-write-expected = hãy ghi { $expected }
yaml-write-list = ghi một danh sách: mỗi mục một dòng bắt đầu bằng `- `, hoặc [a, b] trên một dòng
yaml-write-bool = ghi `true` (có) hoặc `false` (không)
yaml-quote-text = đặt đoạn chữ trong dấu ngoặc kép, ví dụ note: "3 buổi tập huấn, 410 người": trong ngoặc kép, dấu phẩy và dấu hai chấm là một phần của chữ
yaml-unknown-value = `{ $name }` không phải là một giá trị trường này nhận
yaml-one-of = ghi một trong các giá trị: { $list }
yaml-duplicate-field = trường `{ $name }` được ghi hai lần trong khối này
yaml-duplicate-entry = cùng một khóa được ghi hai lần trong khối này
yaml-duplicate-help = mỗi trường chỉ được ghi một lần: xóa một dòng hoặc gộp hai dòng lại
yaml-too-deep = đoạn YAML này lồng nhau hoặc tự lặp lại quá sâu, không đọc được
yaml-too-deep-help = ghi dữ liệu ra đầy đủ, không dùng neo (&) và bí danh (*) để lặp lại khối
yaml-text-cut = đoạn chữ bị cắt ở dấu phẩy hoặc dấu hai chấm: `{ $piece }` bị đọc thành tên một trường
yaml-decimal-comma = `{ $written }` dùng dấu phẩy cho phần thập phân
yaml-decimal-comma-help = trong tệp dữ liệu, phần thập phân dùng dấu chấm: `{ $number }` (trang web vẫn hiển thị kiểu Việt Nam, bằng dấu phẩy)
yaml-thousands-help = viết số không có dấu phân cách hàng nghìn: `{ $number }`; phần thập phân dùng dấu chấm: `71.5`
yaml-syntax = dòng này không đúng cú pháp YAML: { $detail }
yaml-syntax-colon = có dấu `:` ở chỗ đang cần một giá trị
yaml-syntax-key = thiếu tên trường, hoặc thụt lề chưa đúng
yaml-syntax-token = giá trị bắt đầu bằng một ký tự không được phép ở đó (như dấu tab, `@` hoặc dấu huyền `)
yaml-syntax-flow-map = thiếu dấu `,` hoặc dấu `{"}"}` đóng trong khối viết giữa hai dấu ngoặc nhọn
yaml-syntax-flow-list = thiếu dấu `,` hoặc dấu `]` đóng trong danh sách viết giữa hai dấu ngoặc vuông
yaml-syntax-end = văn bản kết thúc quá sớm: thiếu dấu ngoặc kép, `]` hoặc `{"}"}` đóng
yaml-syntax-tab = thụt lề bằng dấu tab
yaml-syntax-dash = một mục danh sách (`- `) chưa được thụt lề dưới trường của nó
yaml-syntax-alias = bí danh (`*tên`) trỏ tới một neo không có
yaml-tabs = YAML không cho thụt lề bằng dấu tab: hãy thụt lề bằng dấu cách (2 dấu cách mỗi cấp)
yaml-colon-in-text = đoạn chữ có `: ` phải đặt trong dấu ngoặc kép, ví dụ title: "Kế hoạch: năm 2026"
yaml-flow-quote = bên trong {"{"} … {"}"} hoặc [ … ], đoạn chữ nào có dấu phẩy hay dấu hai chấm phải đặt trong dấu ngoặc kép, ví dụ {"{"}status: done, note: "3 buổi, 410 người"{"}"}
yaml-check-indent = kiểm tra thụt lề (bằng dấu cách, các trường của một khối thẳng hàng nhau) và mỗi cặp `trường: giá trị` nằm trên một dòng riêng; đoạn chữ có ký tự đặc biệt đặt trong dấu ngoặc kép

## Một trường cần gì, và đã ghi gì

expect-year = một năm, ví dụ 2026
expect-whole-number = một số nguyên, ví dụ 25
expect-number = một số, ví dụ 22000 hoặc 71.5
expect-bool = `true` hoặc `false`
expect-text = một đoạn chữ
expect-list = một danh sách
expect-block = một khối trường (mỗi dòng một `trường: giá trị`, thụt lề dưới trường này)
expect-keyword = một trong các từ liệt kê dưới đây
expect-other = một loại giá trị khác
found-text = chữ "{ $text }"
found-number = số { $text }
found-bool = { $text }
found-list = một danh sách
found-block = một khối trường
found-nothing = để trống
found-other = { $text }

## loa.yaml

config-missing = không có tệp `{ $file }` trong `{ $dir }`
config-missing-help = chạy loa trong thư mục của trang (thư mục có loa.yaml và content/), hoặc thêm --root THƯ-MỤC, hoặc tạo trang mới bằng `loa init THƯ-MỤC`
config-bad-url = `{ $url }` không phải là một địa chỉ web đầy đủ
config-bad-url-help = ghi địa chỉ nơi trang sẽ được xuất bản, bắt đầu bằng https://, ví dụ base_url: "https://badinh.hanoi.gov.vn/"
config-portal-url-help = ví dụ base_url: "https://example.gov.vn/phuong-phuc-xa/"
config-no-portal = trang chưa có cổng thông tin nào
config-no-portal-help = liệt kê ít nhất một cổng dưới `portals:`, ví dụ portals: [{"{"}id: "phuong-ba-dinh"{"}"}]
config-portal-id = mã cổng `{ $id }` chỉ được có chữ thường không dấu, chữ số và dấu `-`
id-example = ví dụ `{ $id }`
config-portal-twice = hai cổng cùng có mã `{ $id }`
config-portal-twice-help = mỗi cổng cần một mã riêng
config-bad-accent = `{ $accent }` không phải là một màu viết dạng #rrggbb
config-bad-accent-help = ví dụ accent: "#8c1c13" (trong ngoặc kép: YAML coi dấu # là bắt đầu chú thích); chọn màu đủ đậm để chữ trắng đọc rõ

## Mẫu trang và giao diện

template-error = lỗi mẫu trang: { $detail }
template-error-in = lỗi mẫu trang: { $detail } (trong mẫu `{ $template }`)
template-rendering = khi tạo trang { $page }
template-help-rendering = { $help }; khi tạo trang { $page }
template-missing-parent = mẫu `{ $template }` kế thừa mẫu `{ $parent }`, nhưng mẫu này không có
template-not-found = không có mẫu trang tên `{ $name }`
template-list = các mẫu trang hiện có: { $list }
template-required = giao diện thiếu mẫu trang `{ $name }`
template-required-help = thêm templates/{ $name } vào trang hoặc vào giao diện
theme-not-found = không tìm thấy giao diện `{ $theme }` (không có thư mục themes/{ $theme }/templates)
theme-none-help = đặt một giao diện vào themes/<tên>/templates/
theme-list = các giao diện trong trang này: { $list }
and-more = { $help } (và { $n } chỗ khác)

## An toàn: đầu vào sai, trang không được ghi đè, đầu ra (issue 11)

config-plain-name = `{ $key }: { $value }` phải là một tên đơn giản (chữ, chữ số, `-`, `_`), không phải một đường dẫn
config-plain-name-help = đây là tên một thư mục hoặc tệp bên trong các thư mục của trang, ví dụ `{ $example }`
config-file-mb = `file_mb` phải từ 1 trở lên
config-file-mb-help = mặc định là { $mb } (megabyte)
lock-open = không mở được tệp khóa `{ $path }`: { $error }
lock-open-help = kiểm tra xem có ghi được vào thư mục chứa đầu ra không
lock-busy = một bản dựng khác (tiến trình { $pid }) vẫn đang ghi `{ $out }` sau { $secs } giây
lock-busy-help = đợi bản dựng đó xong (có đang chạy `loa serve` không?), rồi dựng lại
lock-waiting = đang đợi một bản dựng khác (tiến trình { $pid }) ghi xong…
output-refused = không dựng vào `{ $out }`: { $reason }, mà mỗi lần dựng sẽ thay toàn bộ thư mục đó
output-reason-site = thư mục này chứa chính trang nguồn
output-reason-source = đây là (hoặc chứa) thư mục `{ $folder }` của trang
output-reason-other-site = thư mục này có tệp `{ $file }`: đây là một trang khác
output-reason-git = đây là một kho git
output-reason-not-loa = đây là một thư mục không do loa tạo ra
output-use-own = hãy dựng vào một thư mục riêng, ví dụ `{ $public }` (mặc định) hoặc một thư mục mới
output-not-loa-help = chọn một thư mục mới hoặc trống (loa đánh dấu thư mục nó tạo bằng tệp `{ $marker }`), ví dụ `{ $public }` (mặc định)
output-is-file = đầu ra `{ $out }` là một tệp, không phải thư mục
output-is-file-help = xóa tệp đó, hoặc chọn thư mục khác bằng --output
output-old-left = trang mới đã được xuất bản, nhưng chưa xóa được bản cũ: { $error }
output-old-left-help = lần dựng sau sẽ xóa nó; hoặc tự xóa
md-raw-html-removed = HTML thô: đã bỏ { $removed } vì có thể chạy mã lệnh hoặc làm hỏng trang
md-raw-html-help = phần còn lại của đoạn HTML được giữ; muốn xuất bản HTML đúng như đã viết (chỉ với HTML bạn tin cậy), đặt `markdown: {"{"} raw_html: true {"}"}` trong loa.yaml
md-script-url = địa chỉ `{ $url }` sẽ chạy mã lệnh
md-data-url = địa chỉ `{ $url }` chứa nội dung ngay trong nó (`data:`), điều trang không được phép
md-script-url-help = hãy liên kết tới một trang, một tệp hoặc một địa chỉ web
md-and-more = { $message } (và { $n } chỗ như vậy nữa trên trang này)
slug-empty = slug để trống
slug-empty-help = ghi phần cuối của địa chỉ, ví dụ `slug: gioi-thieu`, hoặc xóa trường này
slug-too-long = slug dài { $n } ký tự
slug-too-long-help = hệ thống tệp chỉ cho phép { $max }; hãy ghi ngắn hơn, ví dụ `slug: { $short }`
address-taken-help = { $first } đã tạo địa chỉ `/{ $path }`; { $hint }
address-hint-slug = đặt cho một trong hai một `slug:` khác
address-hint-alias = đổi hoặc xóa bí danh (alias) này
address-hint-rename = đổi tên tệp
address-folder-taken = thư mục `content/{ $dir }` tạo địa chỉ `/{ $path }`, địa chỉ này đã có chủ
address-file-taken = tệp `content/{ $file }` sẽ được ghi vào `/{ $path }`, địa chỉ này đã có chủ
address-static-taken = tệp tĩnh `{ $file }` sẽ ghi đè `/{ $path }`
address-static-taken-help = { $owner } tạo địa chỉ đó; hãy đổi tên hoặc xóa tệp tĩnh
owner-404 = trang 404
owner-sitemap = sơ đồ trang (sitemap)
owner-robots = robots.txt
owner-tags = trang danh sách chủ đề
owner-english = trang tiếng Anh
owner-alias = một bí danh của `{ $file }`
owner-folder = thư mục `content/{ $dir }`
file-too-big = tệp này nặng { $mb } MB, quá giới hạn { $limit } MB cho một trang hoặc tệp dữ liệu
file-too-big-help = hãy chia thành nhiều trang, hoặc nếu thật sự là một trang, nâng giới hạn trong loa.yaml: `limits: {"{"} file_mb: { $mb } {"}"}`
walk-unreadable = không đọc được `{ $path }`: { $error }
walk-loop = một liên kết trỏ ngược lên thư mục chứa nó
walk-unreadable-help = xóa liên kết, hoặc cho nó trỏ tới một tệp
link-outside = `{ $path }` là liên kết tới { $target }, nằm ngoài trang; nó không được xuất bản
link-broken-target = không gì cả (liên kết hỏng)
link-outside-help = hãy chép tệp vào thư mục của trang: loa chỉ đi theo các liên kết nằm trong trang
utf16 = tệp này được lưu dạng UTF-16 ("Unicode"), không phải UTF-8
utf16-help = lưu lại dạng UTF-8 (trong Notepad: File › Save as › Encoding: UTF-8; trong Word: Plain text, Unicode (UTF-8))
mojibake = tệp này có vẻ là chữ Việt gõ bằng bảng mã cũ (TCVN3 hoặc VNI) rồi dán vào như Unicode: `{ $word }` và { $more } từ như vậy nữa; người đọc sẽ thấy chữ bị lỗi
mojibake-help = hãy chuyển sang Unicode, ví dụ bằng công cụ chuyển mã của UniKey (Công cụ › Chuyển mã: từ TCVN3 (ABC) hoặc VNI Windows sang Unicode), rồi lưu tệp dạng UTF-8
extra-not-json = giá trị này không dùng được trong `extra`: { $error }
extra-not-json-help = dùng chữ, số, danh sách và khối trường

## loa serve

serve-listening = đang phục vụ { $portals } cổng tại { $url } (Ctrl+C để dừng)
serve-bind-failed = không mở được cổng mạng { $addr }: { $error }
serve-bind-warning = đang mở tại { $addr }: các máy khác trong mạng đọc được trang trước khi trang được công bố
serve-watch-failed = không theo dõi được các thư mục của trang để biết khi có thay đổi: { $error }
serve-ready = sẵn sàng sau { $ms } ms
serve-updated = đã cập nhật trong { $ms } ms ({ $outputs } trang được dựng lại)
serve-updated-all = đã cập nhật trong { $ms } ms (dựng lại toàn bộ)
serve-failed = { $errors } lỗi: trình duyệt hiển thị các lỗi này trên bản dựng tốt gần nhất
serve-written = đã ghi vào { $output }
serve-index-title = Các cổng thông tin của trang
serve-index-intro = Bản xem trước của loa serve: mỗi cổng ở địa chỉ riêng, như khi được công bố. Trang tự tải lại sau mỗi lần sửa.
serve-overlay-title = Nội dung có lỗi: đây là bản dựng tốt gần nhất
serve-overlay-none = Nội dung có lỗi và chưa có lần dựng nào thành công
serve-overlay-count = { $errors } lỗi, { $warnings } cảnh báo.
serve-overlay-hint = Sửa các tệp được nêu dưới đây rồi lưu lại: trang sẽ tự tải lại.
active-file = `{ $file }` có { $found }, những thứ sẽ chạy mã lệnh dưới địa chỉ của cổng khi mở tệp; tệp không được xuất bản
active-file-help = xóa những phần đó (hoặc lưu hình thành PNG, văn bản thành PDF); nếu là tệp bạn tin cậy, đặt `markdown: {"{"} raw_html: true {"}"}` trong loa.yaml để xuất bản nguyên trạng các tệp như vậy
active-file-published = `{ $file }` có { $found }, vẫn được xuất bản nguyên trạng vì loa.yaml đặt `raw_html: true`
config-logo-not-local = `logo: { $logo }` phải là một tệp của trang, không phải địa chỉ web hay đường dẫn ra ngoài
config-logo-missing = không có tệp `{ $logo }` trong thư mục static/ của trang hoặc của giao diện
config-logo-help = đặt tệp vào thư mục static/ và ghi tên của nó, ví dụ `logo: logo.svg`


## loa publish

publish-no-targets = loa.yaml chưa có nơi xuất bản nào
publish-no-targets-help = thêm khối `publish:`, ví dụ publish: {"{"}thu-muc: {"{"}folder: "/var/www/{"{"}portal{"}"}"{"}"}{"}"} (mục Publishing trong README và docs/xuat-ban.md hướng dẫn từng loại)
publish-unknown-target = loa.yaml không có nơi xuất bản `{ $name }`
publish-unknown-portal = loa.yaml không có cổng `{ $name }`
publish-names-are = các tên hiện có: { $list }
publish-nothing-selected = không nơi xuất bản nào nhận cổng được yêu cầu
publish-nothing-selected-help = kiểm tra `portals:` của các nơi xuất bản trong loa.yaml, hoặc chọn --portal hay --target khác
publish-target-one-kind = nơi xuất bản `{ $name }` phải có đúng một trong folder, zip, sftp, ftp, s3 (hiện có { $count })
publish-target-one-kind-help = ví dụ may-chu: {"{"}sftp: {"{"}host: example.vn, user: phuong, dir: "/var/www/{"{"}portal{"}"}"{"}"}{"}"}
publish-target-unknown-portal = nơi xuất bản `{ $name }` ghi một cổng không có: `{ $id }`
publish-target-same-place = nơi xuất bản `{ $name }` nhận { $count } cổng vào cùng một chỗ `{ $place }`: các cổng sẽ ghi đè lên nhau
publish-target-same-place-help = thêm {"{"}portal{"}"} vào đường dẫn (ví dụ dir: "/var/www/{"{"}portal{"}"}"), hoặc chỉ định một cổng bằng `portals: [mã-cổng]`
publish-target-not-zip = `{ $path }` không kết thúc bằng .zip
publish-target-not-zip-help = ví dụ zip: "../xuat-ban/{"{"}portal{"}"}.zip"
publish-target-encryption = `encryption: { $value }` không phải `tls` cũng không phải `none`
publish-target-encryption-help = bỏ dòng này (mặc định là FTP mã hóa TLS, FTPS), hoặc chỉ ghi `encryption: none` khi nhà cung cấp hosting chỉ có FTP thường: khi đó mật khẩu được gửi đi không mã hóa
publish-target-endpoint = `{ $url }` không phải là một địa chỉ web
publish-target-endpoint-help = ví dụ endpoint: "https://s3.ap-southeast-1.amazonaws.com"
publish-target-password = có mật khẩu ghi trong loa.yaml (trường `{ $field }` của nơi xuất bản `{ $name }`)
publish-target-password-help = xóa dòng đó: không bao giờ ghi mật khẩu vào loa.yaml, vì tệp này được chia sẻ và lưu lại lịch sử; đặt biến môi trường { $env } hoặc chạy `loa publish --target { $name } --save-password`
publish-not-built = cổng `{ $portal }` chưa được dựng trong `{ $dir }`
publish-not-built-help = chạy `loa build` trước (cùng --output nếu đã dùng), rồi chạy `loa publish`
publish-changed-since-build = `{ $path }` không còn là tệp mà lần dựng trước đã ghi (đã bị sửa hoặc xóa sau đó)
publish-changed-since-build-help = chạy lại `loa build`, rồi chạy `loa publish`
publish-connect = không kết nối được tới `{ $address }` (nơi xuất bản `{ $target }`): { $detail }
publish-connect-help = kiểm tra tên máy chủ và cổng (port) trong loa.yaml và kết nối mạng; chưa có gì thay đổi trên máy chủ
publish-no-answer = không có trả lời sau 30 giây
publish-unknown-address = không tìm thấy tên máy chủ
publish-no-sftp = máy chủ không có dịch vụ SFTP: { $detail }
publish-auth = máy chủ từ chối đăng nhập `{ $user }` (nơi xuất bản `{ $target }`): sai mật khẩu hoặc khóa (đã thử: { $tried })
publish-auth-help = kiểm tra tên người dùng trong loa.yaml và mật khẩu trong biến môi trường { $env } hoặc trong kho mật khẩu (`loa publish --target { $target } --save-password`); nếu dùng khóa, kiểm tra máy chủ đã có khóa công khai (public key) của bạn
publish-tried-agent = một khóa của SSH agent
publish-tried-key = khóa { $file }
publish-tried-password = mật khẩu từ { $env } hoặc kho mật khẩu
publish-tried-s3-keys = khóa truy cập từ { $key } và khóa bí mật từ { $env } hoặc kho mật khẩu
publish-no-secret = chưa có mật khẩu cho nơi xuất bản `{ $target }`
publish-no-secret-help = không bao giờ ghi mật khẩu vào loa.yaml: đặt biến môi trường { $env }, hoặc lưu vào kho mật khẩu của hệ thống bằng `loa publish --target { $target } --save-password`
publish-no-s3-keys = { $key } (mã khóa truy cập) và { $env } (khóa bí mật)
publish-key-file = không đọc được tệp khóa: { $detail } (khóa có mật mã thì cần mật mã đó trong { $env })
publish-unknown-host = máy chủ `{ $host }` (nơi xuất bản `{ $target }`) chưa được biết; dấu vân tay khóa của máy chủ là { $fingerprint }
publish-unknown-host-help = hỏi nhà cung cấp hosting (hoặc chạy `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` trên máy chủ) xem dấu vân tay có đúng là { $fingerprint } không; nếu đúng, chạy một lần `loa publish --trust-host { $fingerprint }`: khóa sẽ được thêm vào `{ $file }`
publish-host-key-changed = khóa của máy chủ `{ $host }` (nơi xuất bản `{ $target }`) khác với khóa đã ghi ở `{ $file }` dòng { $line }: nay là { $fingerprint }
publish-host-key-changed-help = có thể có kẻ giả mạo máy chủ: đừng xuất bản; hỏi nhà cung cấp hosting xem họ có đổi khóa máy chủ không, chỉ khi đúng vậy mới xóa dòng đó và tin khóa mới
publish-fingerprint-mismatch = --trust-host { $given } không khớp với khóa của `{ $host }`, có dấu vân tay là { $fingerprint }
publish-fingerprint-mismatch-help = chưa tin máy chủ nào; kiểm tra lại dấu vân tay với nhà cung cấp hosting
publish-trusted = đã tin máy chủ { $host } ({ $fingerprint }): đã thêm vào { $file }
publish-tls = không mở được kết nối mã hóa (TLS) tới nơi xuất bản `{ $target }`: { $detail }
publish-tls-help = nếu máy chủ dùng chứng chỉ riêng, lưu chứng chỉ thành tệp .pem và ghi tên tệp vào `certificate:`; nếu máy chủ chỉ có FTP thường, ghi `encryption: none` (khi đó mật khẩu được gửi đi không mã hóa)
publish-certificate = không dùng được chứng chỉ `{ $file }`: { $detail }
publish-no-space = hết dung lượng trên nơi xuất bản `{ $target }` khi ghi `{ $path }`
publish-no-space-help = giải phóng dung lượng hoặc đề nghị nhà cung cấp hosting tăng hạn mức, rồi chạy lại `loa publish`: lệnh sẽ làm tiếp từ chỗ đã dừng; trang trên máy chủ vẫn nhất quán (chưa xóa gì, mọi trang đã gửi đều có đủ tệp đi kèm)
publish-no-permission = không có quyền ghi `{ $path }` trên nơi xuất bản `{ $target }`
publish-no-permission-help = kiểm tra thư mục trong loa.yaml và quyền ghi của người dùng này ở đó (hỏi nhà cung cấp hosting); trang trên máy chủ vẫn nhất quán (chưa xóa gì, mọi trang đã gửi đều có đủ tệp đi kèm)
publish-other = xuất bản lên `{ $target }` bị lỗi ở `{ $path }`: { $detail }
publish-other-help = chạy lại `loa publish`: lệnh sẽ làm tiếp từ chỗ đã dừng; trang trên máy chủ vẫn nhất quán (chưa xóa gì, mọi trang đã gửi đều có đủ tệp đi kèm)
publish-bad-zip = tệp đang có không phải là tệp .zip đọc được ({ $detail }); hãy chuyển nó đi chỗ khác
publish-no-bucket = không có bucket `{ $bucket }` (hãy tạo trước)
publish-interrupted = việc xuất bản `{ $portal }` lên `{ $target }` bị ngắt sau { $sent } tệp; còn { $left } tệp
publish-interrupted-help = chạy lại `loa publish` để hoàn tất: lệnh sẽ làm tiếp từ chỗ đã dừng; trang trên máy chủ vẫn nhất quán (chưa xóa gì, mọi trang đã gửi đều có đủ tệp đi kèm)
publish-password-prompt = mật khẩu của `{ $target }` ({ $place }):{" "}
publish-secret-prompt = khóa bí mật (secret access key) của `{ $target }` ({ $place }):{" "}
publish-password-saved = đã lưu mật khẩu của `{ $target }` vào kho mật khẩu của hệ thống
publish-save-failed = không lưu được mật khẩu của `{ $target }` vào kho mật khẩu của hệ thống: { $detail }
publish-save-failed-help = thay vào đó, đặt biến môi trường { $env }
publish-sent = { $head }: đã gửi { $files } tệp ({ $size }: { $new } mới, { $changed } thay đổi), đã xóa { $deleted } tệp, { $unchanged } tệp không đổi
publish-sent-resumed = { $head }: đã gửi { $files } tệp ({ $size }: { $new } mới, { $changed } thay đổi), đã xóa { $deleted } tệp, { $unchanged } tệp không đổi (làm tiếp lần xuất bản bị ngắt)
publish-would-send = { $head }: sẽ gửi { $files } tệp ({ $size }: { $new } mới, { $changed } thay đổi), sẽ xóa { $deleted } tệp, { $unchanged } tệp không đổi
publish-up-to-date = { $head }: đã cập nhật đầy đủ ({ $files } tệp)
publish-progress = { $done }/{ $total } tệp
