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
lang-unknown-help = viết `--lang vi` hoặc `--lang en` (hay đặt `LOA_LANG=vi` hoặc `LOA_LANG=en`); không ghi gì thì loa dùng tiếng Việt
label-note = ghi chú
note-left-out = { $path }: chưa đăng, vì là { $reason }; { $how }
note-left-out-draft-how = bỏ dòng `draft: true` để đăng, hoặc thêm `--drafts` để xem thử
note-left-out-future-how = nếu năm viết nhầm, hãy sửa `date:`; nếu không, trang sẽ được đăng từ ngày đó (thêm `--future` để xem thử ngay)
page-left-out-draft = bản nháp (`draft: true`)
page-left-out-future = trang ghi ngày { $date }, sau hôm nay
link-to-left-out = liên kết này dẫn tới { $reason }, trang đó không được đăng
link-to-left-out-help = hãy đăng trang đó, hoặc bỏ liên kết

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
expect-whole-number-between = một số nguyên từ { $min } đến { $max }
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
template-error-help = sửa mẫu trang ở chỗ đã chỉ: một tên viết sai (xem các tên dùng được ở trên, nếu có), hoặc một thẻ mở thiếu thẻ đóng (`if` cần `endif`, `for` cần `endfor`); nếu mẫu này do người khác làm, hãy gửi thông báo này cho họ
template-error-in-help = đây là lỗi của loa, không phải của trang bạn viết: hãy gửi thông báo này cho người phát triển loa
template-rendering = khi tạo trang { $page }
template-help-rendering = { $help }; khi tạo trang { $page }
# The page named in template-rendering when the search page fails.
search-page = tìm kiếm `tim-kiem/`
template-missing-parent = mẫu `{ $template }` kế thừa mẫu `{ $parent }`, nhưng mẫu này không có
template-not-found = không có mẫu trang tên `{ $name }`
template-list = các mẫu trang hiện có: { $list }
template-required = giao diện thiếu mẫu trang `{ $name }`
template-required-help = thêm templates/{ $name } vào trang hoặc vào giao diện
theme-not-found = không tìm thấy giao diện `{ $theme }` (không có thư mục themes/{ $theme }/templates)
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
md-image-no-alt = ảnh này không có lời mô tả: người đọc không nhìn thấy ảnh (dùng trình đọc màn hình, hay tắt ảnh khi mạng chậm) sẽ không biết ảnh nói gì
md-image-no-alt-help = viết lời mô tả ngắn giữa hai dấu ngoặc vuông, ví dụ `![Lễ ra quân tổng vệ sinh tổ dân phố số 3](anh.jpg)`
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
owner-feed = tin mới (Atom) của cổng
owner-progress = trang tình hình thực hiện
owner-opendata = dữ liệu mở
owner-archive = trang lưu trữ
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
extra-not-json = giá trị này không dùng được trong `extra`: có một khóa không phải là chữ hay số
extra-not-json-help = dùng chữ, số, danh sách và khối trường

# <plans:content>
## Số liệu, từ khóa và khóa trong dữ liệu kế hoạch (docs/plans.md)

number-missing = ở đây cần một con số, nhưng chưa ghi gì
number-write-figure = ghi con số, ví dụ 22000 hoặc 71.5
number-not-figure = `{ $written }` không phải là một con số
number-percent-sign = `{ $written }` có dấu `%`
number-percent-help = ghi tỷ lệ phần trăm không kèm dấu `%`: `{ $plain }`
number-comma = `{ $written }` có dấu phẩy
number-separators-help = ghi số nguyên không có dấu phân cách (`{ $plain }`), số thập phân dùng dấu chấm (`71.5`)
number-spaces = `{ $written }` có khoảng trắng hoặc `_` giữa các chữ số
number-spaces-help = ghi liền các chữ số: `{ $plain }`
number-thousands-dot = `{ $written }` có dấu chấm ngăn hàng nghìn, nhưng trong tệp dữ liệu dấu chấm là dấu thập phân: số này sẽ bị đọc thành { $read }
number-not-number = `{ $written }` không phải là một số
number-hex-help = ghi số bằng chữ số thông thường, ví dụ 31
number-exponent-help = ghi đầy đủ con số, ví dụ 1000 chứ không phải 1e3
number-dot-help = ghi chữ số ở cả hai bên dấu chấm, ví dụ 0.5
number-too-large = `{ $written }` lớn hơn mọi con số thực tế
number-too-large-help = kiểm tra lại số chữ số; con số lớn hơn 10^15 không được chấp nhận
year-bad = `{ $written }` không phải là một năm
year-help = ghi năm bằng bốn chữ số, ví dụ 2026
keyword-unknown = `{ $written }` không phải là { $what }
keyword-one-of = ghi một trong các giá trị: { $list }
kw-cadence = một nhịp thực hiện
kw-indicator-kind = một loại chỉ tiêu
kw-direction = một chiều đánh giá (càng cao càng tốt hoặc càng thấp càng tốt)
kw-scope = một phạm vi (toàn địa bàn hoặc theo đơn vị)
kw-combine = một cách tổng hợp số liệu các đơn vị
kw-achieved-by = một cách tính kỳ số liệu được dùng để đánh giá đạt mục tiêu
kw-comparison = một cách so sánh
kw-task-status = một tình trạng nhiệm vụ
kw-value-type = một loại số liệu (trong kỳ, lũy kế hoặc ước thực hiện)
kw-assessment = một kết quả đánh giá (đạt, cơ bản đạt hoặc chưa đạt)
key-twice = `{ $key }` được ghi hai lần trong khối này
key-twice-help = mỗi khóa chỉ được ghi một lần: xóa bớt một dòng, hoặc gộp hai dòng lại
expect-keyed-block = một khối các dòng `khóa: giá trị`
expect-value = một con số, hoặc một khối có `value:`
expect-unit-value = một con số, hoặc một khối có `value:` và `weight:`
expect-period = một kỳ như 2026, 2026-H1, 2026-Q3 hoặc 2026-10
value-neither = `{ $written }` không phải là con số, cũng không phải là kết quả đánh giá
value-neither-help = ghi một con số như 71.5; với chỉ tiêu định tính, ghi đạt, cơ bản đạt hoặc chưa đạt
period-bad = `{ $written }` không phải là một kỳ báo cáo
period-help = ghi năm `2022`, nửa năm `2022-H1` hoặc `2022-H2`, quý `2023-Q3`, hoặc tháng `2023-05` (hoặc bằng chữ: `năm 2022`, `6 tháng đầu năm 2022`, `Quý III/2023`, `tháng 5/2023`)
# </plans:content>

# <plans:model>
## Đơn vị, kế hoạch và báo cáo (docs/plans.md)

unit-bad-id = mã đơn vị `{ $id }` chỉ được gồm chữ thường không dấu và chữ số, nối bằng `-`
unit-twice = hai đơn vị cùng có mã `{ $id }`
unit-twice-help = mỗi đơn vị cần một mã riêng
unit-kind-unknown = không có loại đơn vị `{ $kind }`
unit-kind-help = dùng một trong các loại: { $list }
unit-loop = các đơn vị cấp trên của `{ $id }` tạo thành vòng lặp: { $chain }
unit-loop-help = một đơn vị không thể nằm trong chính nó: sửa `parent` của một trong các đơn vị này
unit-unknown = không có đơn vị `{ $id }`
unit-unknown-help = các đơn vị được liệt kê trong tệp don-vi.yaml; thêm đơn vị vào đó, hoặc kiểm tra lại chính tả
plan-ends-before = kế hoạch kết thúc ({ $end }) trước khi bắt đầu ({ $start })
plan-ends-before-help = `start` và `end` là năm đầu và năm cuối của kế hoạch
duty-no-cadence = chế độ báo cáo cần có kỳ báo cáo
duty-no-cadence-help = ghi `hằng tháng`, `hằng quý`, `6 tháng` hoặc `hằng năm`
duty-from-kind = `from: { $from }` không phải là một kỳ của nhịp báo cáo này
duty-from-kind-help = ghi kỳ báo cáo đầu tiên, ví dụ `{ $first }`
duty-days = `due_days: { $written }` không phải là một số ngày
duty-days-help = ghi số ngày nguyên từ 0 đến 366, ví dụ `due_days: 15`
ind-bad-id = mã chỉ tiêu `{ $id }` chỉ được gồm chữ thường không dấu và chữ số, nối bằng `-`
ind-bad-id-help = ví dụ `{ $id }`; mã chỉ tiêu là một phần địa chỉ trang của chỉ tiêu
ind-twice = hai chỉ tiêu cùng có mã `{ $id }`
ind-twice-help = mỗi chỉ tiêu cần một mã riêng
ind-parent-sub = `{ $parent }` cũng là một chỉ tiêu thành phần
ind-parent-sub-help = `parent` của chỉ tiêu thành phần phải là một chỉ tiêu chính của kế hoạch (chỉ một cấp)
ind-parent-unknown = không có chỉ tiêu cha `{ $parent }`
ind-parent-help = `parent` là mã của một chỉ tiêu khác trong kế hoạch này
qual-field = chỉ tiêu định tính không dùng `{ $field }` (`{ $id }` lại có)
qual-field-help = xóa dòng này: chỉ tiêu định tính được đánh giá bằng lời, không bằng con số
ind-no-measure = chỉ tiêu `{ $id }` thiếu `measure`
ind-no-measure-help = ghi đơn vị tính, ví dụ `measure: "%"` hoặc `measure: "hộ"`
ind-no-sum = không thể cộng số liệu của `{ $id }`
ind-no-sum-help = tỷ lệ và số bình quân chỉ tổng hợp theo `weighted-mean` (bình quân gia quyền, có trọng số) hoặc `none` (không cộng)
ind-weighted-by = có `weighted_by` nhưng `{ $id }` không tổng hợp theo bình quân gia quyền
ind-weighted-by-help = xóa `weighted_by`, hoặc ghi `combine: "weighted-mean"`
target-no-when = mỗi mục tiêu của `{ $id }` cần có `year` hoặc `period`
target-no-when-help = mục tiêu năm ghi `year: 2026`; mục tiêu quý ghi `period: "2026-Q3"`
target-order = các mục tiêu phải theo thứ tự thời gian: { $period } ghi sau { $last }
target-order-help = liệt kê mục tiêu từ sớm đến muộn, mỗi kỳ một lần
target-yearly = `{ $id }` tính theo từng năm, nên mục tiêu phải theo năm
target-yearly-help = ghi `year: 2026` thay cho kỳ ngắn hơn
target-value-or-text = mục tiêu { $period } cần có `value` hoặc `text`
target-value-or-text-help = con số ghi ở `value: 22000`; mục tiêu không có con số ghi ở `text: "Hầu hết …"`
target-qual-number = chỉ tiêu định tính `{ $id }` có mục tiêu là con số
target-qual-number-help = ghi mục tiêu bằng lời: `text: "…"`
what-baseline = số liệu gốc
what-target = mục tiêu { $period }
what-value = số liệu của `{ $id }`
what-unit-value = số liệu của `{ $id }` tại `{ $unit }`
value-percent = { $what } là { $value }, nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm
value-percent-help = tỷ lệ ghi không kèm `%`, từ 0 đến 100, ví dụ 71.5
value-negative = { $what } là { $value }, nhưng không thể là số âm
value-negative-help = ghi con số đếm được, từ 0 trở lên
group-twice = hai nhóm nhiệm vụ cùng có số `{ $number }`
group-twice-help = mỗi nhóm nhiệm vụ một số riêng
task-twice = hai nhiệm vụ cùng có số `{ $number }`
task-twice-help = mỗi nhiệm vụ một số riêng, ví dụ 1.1, 1.2, 2.1
task-no-lead = nhiệm vụ { $number } chưa có đơn vị chủ trì
task-no-lead-help = thêm `lead: ["ma-don-vi"]`: đơn vị chủ trì
item-bad-number = `{ $number }` không dùng được làm số của { $what }
item-task = nhiệm vụ
item-group = nhóm nhiệm vụ
item-bad-number-help = số gồm chữ số hoặc chữ cái không dấu, các phần nối bằng dấu chấm, ví dụ `1`, `2.3`, `IV.1`
report-plan-none = không có kế hoạch số `{ $written }`
report-plan-help = `plan` là số của một văn bản có tệp ke-hoach.yaml trong thư mục của nó
report-plan-no-data = `{ $written }` là một văn bản không có dữ liệu kế hoạch
report-plan-no-data-help = thêm tệp ke-hoach.yaml bên cạnh { $file }
report-plan-several = `{ $written }` khớp với nhiều văn bản: { $list }
report-plan-several-help = ghi thêm ngày ban hành hoặc cơ quan ban hành, ví dụ `plan: "{ $example }"`
doc-mention = { $number } ngày { $issued } của { $issuer }
report-period-outside = kỳ { $period } nằm ngoài thời gian của kế hoạch ({ $years })
report-period-outside-help = kiểm tra lại năm, hoặc `start` và `end` trong tệp ke-hoach.yaml của kế hoạch
report-no-indicator = kế hoạch { $plan } không có chỉ tiêu `{ $id }`
report-indicators-help = các chỉ tiêu của kế hoạch: { $list }
report-no-task = kế hoạch { $plan } không có nhiệm vụ `{ $number }`
report-tasks-help = dùng số nhiệm vụ trong tệp ke-hoach.yaml của kế hoạch
value-no-status = kết quả đánh giá `{ $id }` thiếu `status`
value-no-status-help = thêm `status: "đạt"`, `"cơ bản đạt"` hoặc `"chưa đạt"`
value-qualitative = `{ $id }` là chỉ tiêu định tính: được đánh giá bằng lời, không đếm bằng số
value-qualitative-help = ghi `{"{"}status: "cơ bản đạt", text: "…"{"}"}` thay cho con số
value-no-value = số liệu của `{ $id }` thiếu `value`
value-no-value-help = thêm `value:` với số liệu toàn địa bàn
value-needs-number = `{ $id }` là chỉ tiêu định lượng: cần ghi con số, không phải kết quả đánh giá
value-needs-number-help = ghi con số, ví dụ `71.5`
units-area-only = `{ $id }` chỉ báo cáo cho toàn địa bàn, không theo từng đơn vị
units-area-only-help = xóa `units:`, hoặc ghi `scope: "per-unit"` cho chỉ tiêu
unit-not-part = `{ $unit }` không phải là { $label } thuộc { $area }
unit-not-part-help = số liệu theo đơn vị chỉ dành cho các đơn vị hành chính, địa bàn có `parent` là địa bàn của kế hoạch
unit-no-weight = số liệu của `{ $id }` tại `{ $unit }` thiếu trọng số
unit-no-weight-help = `combine: weighted-mean` cần `{"{"}value: …, weight: …{"}"}` cho mọi đơn vị
unit-weight-positive = trọng số của `{ $unit }` cho `{ $id }` phải lớn hơn 0
unit-weight-positive-help = trọng số là số lượng mà tỷ lệ hay số bình quân được tính trên đó (số hồ sơ, số hộ)
unit-weight-extra = `{ $id }` không tính theo trọng số, nhưng `{ $unit }` có ghi trọng số
unit-weight-extra-help = xóa `weight`, hoặc ghi `combine: "weighted-mean"` cho chỉ tiêu
parts-sum-gap = số liệu các đơn vị của `{ $id }` cộng lại được { $sum }, khác tổng { $total }
parts-sum-help = kiểm tra lại số liệu; các trang hiển thị tổng và từng đơn vị đúng như đã ghi
parts-mean-gap = bình quân gia quyền số liệu các đơn vị của `{ $id }` là { $mean }, khác số đã báo cáo { $total }
parts-mean-help = kiểm tra lại số liệu và trọng số; các trang hiển thị từng số đúng như đã ghi
reports-missing = { $unit } chưa có báo cáo { $plan } cho { $periods }
reports-missing-help = chế độ báo cáo (`reporting:`) của kế hoạch yêu cầu báo cáo { $cadence }; bổ sung báo cáo (trang có `report:`), hoặc sửa `from`/`due_days`
document-twice = hai trang cùng là văn bản `{ $number }`
document-twice-help = `{ $file }` có cùng số, cơ quan ban hành và năm; mỗi văn bản chỉ có một trang (văn bản của cơ quan khác hoặc năm khác có thể trùng số: kiểm tra `issuer` và `issued`)
unit-address-taken = đơn vị `{ $id }` và một tệp khác cùng tạo địa chỉ `/{ $path }`
indicator-address-taken = chỉ tiêu `{ $id }` tạo địa chỉ `/{ $path }`, nhưng địa chỉ này đã có trang khác
plan-not-beside = dữ liệu kế hoạch này không nằm cạnh trang của một kế hoạch
plan-not-beside-help = đặt tệp ke-hoach.yaml trong thư mục của trang kế hoạch (thư mục có tệp index.md)
plan-not-document = trang bên cạnh tệp ke-hoach.yaml này không phải là một văn bản
plan-not-document-help = thêm khối `document:` (loại, số hiệu) vào { $file }
reports-twice = hai báo cáo của { $unit } cho { $period }
reports-twice-help = { $file } báo cáo cùng kỳ này
reports-not-checked = { $n } báo cáo của kế hoạch này (có báo cáo này) chưa được kiểm tra: trang hoặc dữ liệu của kế hoạch ({ $file }) có lỗi
reports-not-checked-help = sửa các lỗi đã báo trong các tệp của kế hoạch; các báo cáo sẽ được kiểm tra ở lần chạy sau
reports-plan-left-out = { $n } báo cáo của kế hoạch `{ $file }` (có báo cáo này) chưa được kiểm tra: trang kế hoạch không được đăng trong lần dựng này ({ $why })
reports-plan-left-out-help = khi trang kế hoạch được đăng (bỏ `draft: true`, hoặc đến ngày ghi trên trang), các báo cáo sẽ được kiểm tra; nếu báo cáo cũng chưa nên đăng, thêm `draft: true` vào báo cáo
every-month = hằng tháng
every-quarter = hằng quý
every-half-year = 6 tháng một lần
every-year = hằng năm
mention-ambiguous = văn bản được nhắc đến ở đây khớp với nhiều văn bản: { $list }
mention-ambiguous-help = ghi thêm ngày ("ngày 15/01/2026") hoặc cơ quan ban hành ("của UBND phường …") sau số hiệu để liên kết đến đúng văn bản
data-link-several = `{ $written }` có trong nhiều kế hoạch: { $plans }
data-link-several-help = ghi tên kế hoạch sau dấu `@`, ví dụ `{ $example }`
data-link-no-plan = không có kế hoạch `{ $written }`
data-link-plan-several = `{ $written }` khớp với nhiều kế hoạch: { $plans }
data-link-plan-help = sau dấu `@`, ghi số hiệu kế hoạch (kèm ngày nếu hai kế hoạch trùng số) hoặc phần cuối địa chỉ trang kế hoạch, ví dụ `@ke-hoach-25-kh-ubnd`
data-link-no-indicator = không có chỉ tiêu `{ $id }` để liên kết
data-link-no-task = không có nhiệm vụ `{ $number }` để liên kết
data-link-no-report = không có báo cáo { $period } để liên kết
data-link-reports-several = có { $n } báo cáo cho { $period }: liên kết này không chọn được
data-link-address-help = hãy liên kết bằng địa chỉ trang báo cáo, ví dụ `/bao-cao/ten-bao-cao/`
data-link-no-unit = không có đơn vị `{ $id }` để liên kết
data-link-left-out = `{ $written }` dẫn tới kế hoạch ở { $file }, kế hoạch đó chưa được đăng vì là { $reason }
data-link-help = liên kết đến dữ liệu kế hoạch viết dạng `chi-tieu:MÃ`, `nhiem-vu:SỐ`, `bao-cao:KỲ` hoặc `don-vi:MÃ` (xem docs/plans.md)
# </plans:model>

# <plans:ui>
## Trang kế hoạch: chữ giao diện do loa viết

ui-judgement-achieved = Đã đạt
ui-judgement-on-track = Đúng tiến độ
ui-judgement-behind = Chậm so với lộ trình
ui-judgement-too-early = Chưa đủ số liệu để đánh giá
ui-judgement-mostly = Cơ bản đạt
ui-judgement-not-achieved = Chưa đạt
ui-status-not-started = Chưa triển khai
ui-status-in-progress = Đang thực hiện
ui-status-done = Hoàn thành
ui-status-delayed = Chậm tiến độ
ui-cadence-once = Một lần
ui-cadence-monthly = Hằng tháng
ui-cadence-quarterly = Hằng quý
ui-cadence-half-yearly = 6 tháng một lần
ui-cadence-yearly = Hằng năm
ui-cadence-ongoing = Thường xuyên
ui-assessment-achieved = Đạt
ui-assessment-mostly = Cơ bản đạt
ui-assessment-not = Chưa đạt
ui-type-cumulative = lũy kế
ui-type-estimate = ước
ui-kind-count = Số lượng
ui-kind-percent = Tỷ lệ (%)
ui-kind-count-per-year = Số lượng mỗi năm
ui-kind-average = Bình quân
ui-kind-qualitative = Định tính
ui-direction-higher = Càng cao càng tốt
ui-direction-lower = Càng thấp càng tốt
ui-per-year = mỗi năm
ui-target-at-least = ít nhất { $value }{ $per_year }
ui-target-at-least-percent = từ { $value } trở lên{ $per_year }
ui-target-more-than = trên { $value }{ $per_year }
ui-target-about = khoảng { $value }{ $per_year }
ui-target-at-most = tối đa { $value }{ $per_year }
ui-target-less-than = dưới { $value }{ $per_year }
ui-target-all = đạt 100%
ui-target-none = không có { $measure }{ $per_year }
ui-change-points = { $value } điểm %
ui-change-point = { $value } điểm %
ui-no-report = Chưa có báo cáo
ui-report-missing = Chưa có báo cáo { $period }
ui-task-due = Hạn { $date }
ui-what = số liệu { $period }
ui-what-typed = số liệu { $kind } { $period }
ui-basis-reached = Đạt mục tiêu { $when } ({ $target }): { $what } là { $value }.
ui-basis-met-early = Đã bằng mục tiêu { $when } ({ $target }): { $what } là { $value }; mục tiêu chỉ được tính là đạt khi có số liệu cả kỳ { $when } (không tính số liệu ước).
ui-basis-missed = Đã hết { $when } mà chưa đạt mục tiêu ({ $target }): { $what } là { $value }.
ui-basis-flat = Mục tiêu { $when } là { $target }; { $what } là { $value }, chưa đạt.
ui-basis-per-year = Mục tiêu { $target }; tính theo { $months } tháng mà số liệu bao quát, cần đạt khoảng { $expected }; { $what } là { $value }.
ui-basis-line = So với lộ trình đều từ { $origin } đến mục tiêu { $when } ({ $target }): đến hết { $period } cần đạt khoảng { $expected }; { $what } là { $value }.
ui-basis-no-line = Mới có { $what } và kế hoạch không nêu số liệu gốc, nên chưa so được với lộ trình đến mục tiêu { $when }.
ui-origin-target = mục tiêu { $period } ({ $value })
ui-origin-baseline = số liệu gốc năm { $year } ({ $value })
ui-origin-first = số liệu { $period } ({ $value })
ui-series-year = Theo năm
ui-series-half = Theo 6 tháng
ui-series-quarter = Theo quý
ui-series-month = Theo tháng
ui-series-cumulative = Lũy kế từ đầu năm
ui-legend-year = Hình tròn: số liệu theo năm
ui-legend-half = Hình vuông: số liệu theo 6 tháng
ui-legend-quarter = Hình tam giác: số liệu theo quý
ui-legend-month = Chấm nhỏ: số liệu theo tháng
ui-legend-cumulative = Hình vuông trên đường nét đứt: số liệu lũy kế
ui-legend-targets = Hình thoi và đường nét đứt: mục tiêu
ui-parts-sum-note = Cộng số liệu các { $label } được { $sum }, khác số liệu toàn địa bàn đã báo cáo ({ $total }).
ui-parts-mean-note = Bình quân gia quyền số liệu các { $label } là { $mean }, khác số liệu toàn địa bàn đã báo cáo ({ $total }).
ui-parts-reported = { $n } { $label } có số liệu / { $all } { $label_all }
ui-rank = xếp thứ { $rank } trong { $n } { $label } có số liệu / { $all } { $label_all }
ui-share-of-area = { $share } toàn địa bàn
ui-weights = trọng số
ui-units-count = { $n } { $label }
ui-chart-no-data = Chưa có số liệu báo cáo.
ui-chart-values = Số liệu báo cáo: { $list }.
ui-chart-targets = Mục tiêu: { $list }.
# </plans:ui>
## loa serve

serve-listening = đang phục vụ { $portals } cổng tại { $url } (Ctrl+C để dừng)
serve-bind-failed = không mở được cổng mạng { $addr }: { $error }
serve-bind-failed-help = cổng này đang bị chương trình khác dùng (có thể là một `loa serve` khác) hoặc địa chỉ không thuộc máy này: chọn cổng khác, ví dụ `loa serve --port 8080`, hoặc bỏ `--bind` để mở tại 127.0.0.1
serve-bind-warning = đang mở tại { $addr }: các máy khác trong mạng đọc được trang trước khi trang được công bố
serve-watch-failed = không theo dõi được các thư mục của trang để biết khi có thay đổi: { $error }
serve-watch-failed-help = trên Linux, hệ thống giới hạn số thư mục được theo dõi: tăng giới hạn (`sudo sysctl fs.inotify.max_user_watches=524288`, và `fs.inotify.max_user_instances`) hoặc đóng bớt chương trình đang theo dõi tệp, rồi chạy lại `loa serve`; trong lúc đó, dùng `loa build` rồi mở thư mục public để xem
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


# <plans:kinds>
## Loại đơn vị (don-vi.yaml)

unit-kind-tinh = Tỉnh, thành phố
unit-kinds-tinh = { $n ->
   *[other] tỉnh, thành phố
}
unit-kind-quan = Quận
unit-kinds-quan = { $n ->
   *[other] quận
}
unit-kind-huyen = Huyện
unit-kinds-huyen = { $n ->
   *[other] huyện
}
unit-kind-thi-xa = Thị xã
unit-kinds-thi-xa = { $n ->
   *[other] thị xã
}
unit-kind-thanh-pho-thuoc-tinh = Thành phố thuộc tỉnh
unit-kinds-thanh-pho-thuoc-tinh = { $n ->
   *[other] thành phố thuộc tỉnh
}
unit-kind-phuong = Phường
unit-kinds-phuong = { $n ->
   *[other] phường
}
unit-kind-xa = Xã
unit-kinds-xa = { $n ->
   *[other] xã
}
unit-kind-thi-tran = Thị trấn
unit-kinds-thi-tran = { $n ->
   *[other] thị trấn
}
unit-kind-dac-khu = Đặc khu
unit-kinds-dac-khu = { $n ->
   *[other] đặc khu
}
unit-kind-to-dan-pho = Tổ dân phố
unit-kinds-to-dan-pho = { $n ->
   *[other] tổ dân phố
}
unit-kind-thon = Thôn
unit-kinds-thon = { $n ->
   *[other] thôn
}
unit-kind-ap = Ấp
unit-kinds-ap = { $n ->
   *[other] ấp
}
unit-kind-khu-pho = Khu phố
unit-kinds-khu-pho = { $n ->
   *[other] khu phố
}
unit-kind-ban = Bản
unit-kinds-ban = { $n ->
   *[other] bản
}
unit-kind-xom = Xóm
unit-kinds-xom = { $n ->
   *[other] xóm
}
unit-kind-ubnd = Ủy ban nhân dân
unit-kinds-ubnd = { $n ->
   *[other] ủy ban nhân dân
}
unit-kind-hdnd = Hội đồng nhân dân
unit-kinds-hdnd = { $n ->
   *[other] hội đồng nhân dân
}
unit-kind-phong-ban = Phòng, ban chuyên môn
unit-kinds-phong-ban = { $n ->
   *[other] phòng, ban chuyên môn
}
unit-kind-dang = Tổ chức Đảng
unit-kinds-dang = { $n ->
   *[other] tổ chức Đảng
}
unit-kind-doan-the = Mặt trận, đoàn thể
unit-kinds-doan-the = { $n ->
   *[other] mặt trận, đoàn thể
}
unit-kind-nganh-doc = Cơ quan ngành dọc
unit-kinds-nganh-doc = { $n ->
   *[other] cơ quan ngành dọc
}
unit-kind-truong = Trường học
unit-kinds-truong = { $n ->
   *[other] trường học
}
unit-kind-khac = Đơn vị khác
unit-kinds-khac = { $n ->
   *[other] đơn vị khác
}
unit-kinds-other = { $n ->
   *[other] đơn vị
}
# </plans:kinds>

# <channels:progress> the progress summary page (tinh-hinh-thuc-hien/)
ui-report-due = Báo cáo { $period } của { $unit }: hạn { $date }
ui-progress-indicators = Chỉ tiêu
ui-progress-tasks = Nhiệm vụ
ui-progress-achieved = đạt
ui-progress-on-track = đúng tiến độ
ui-progress-behind = chậm hoặc chưa đạt
ui-progress-no-data = chưa có số liệu
ui-progress-done = hoàn thành
ui-progress-in-progress = đang thực hiện
ui-progress-overdue = quá hạn
ui-progress-other = chưa triển khai hoặc chưa báo cáo
# </channels:progress>

# <channels:speech> content/doc-loa.yaml
speech-blank = trong danh sách viết tắt có một mục rỗng
speech-blank-help = mỗi dòng dưới `abbreviations:` ghi chữ viết tắt, dấu hai chấm, rồi cách đọc, cả hai đều không rỗng (ví dụ `UBND: Ủy ban nhân dân`)
# the loudspeaker script's own words (doc-loa.txt), in the site's language
speech-posted = Đăng { $date }.
speech-document = { $kind } số { $number }
speech-document-issuer = { $document } của { $issuer }
speech-document-issued = { $document }, ngày { $date }
speech-plan-indicators = Các chỉ tiêu của kế hoạch:
speech-indicator = { $name }:
speech-indicator-latest = { $line } { $period } đạt { $value };
speech-indicator-target = { $line } mục tiêu { $period }: { $target };
speech-indicator-judgement = { $line } đánh giá: { $judgement }.
speech-report-values = Kết quả các chỉ tiêu:
speech-report-value = { $indicator }: { $value }.
speech-report-value-kind = { $indicator }: { $value } ({ $kind }).
speech-illustrative = Lưu ý: các số liệu trên là số liệu minh họa, không phải số liệu chính thức.
# </channels:speech>
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
publish-refused = máy chủ từ chối kết nối: không có dịch vụ nào nhận kết nối ở cổng này
publish-timed-out = hết thời gian chờ máy chủ trả lời
publish-unreachable = không có đường mạng tới máy chủ (máy này chưa nối mạng, hoặc mạng chặn đường tới đó)
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
tls-unknown-issuer = chứng chỉ của máy chủ không do một tổ chức cấp chứng chỉ được công nhận cấp (chứng chỉ tự ký, hoặc của riêng nhà cung cấp hosting)
tls-expired = chứng chỉ của máy chủ đã hết hạn (nhà cung cấp hosting cần gia hạn; hoặc ngày giờ của máy này sai)
tls-not-yet-valid = chứng chỉ của máy chủ chưa đến ngày có hiệu lực (hoặc ngày giờ của máy này sai)
tls-wrong-name = chứng chỉ của máy chủ cấp cho một tên khác, không phải `{ $host }` (kiểm tra tên máy chủ ghi trong loa.yaml với nhà cung cấp hosting)
tls-revoked = chứng chỉ của máy chủ đã bị thu hồi
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
publish-empty-password = chưa lưu gì cho `{ $target }`: mật khẩu để trống
publish-empty-password-help = chạy lại `loa publish --target { $target } --save-password`, gõ mật khẩu rồi nhấn Enter (khi gõ, màn hình không hiện chữ nào: để giữ bí mật); hoặc đặt biến môi trường { $env }
keyring-no-access = máy này không có kho mật khẩu dùng được, hoặc loa không được phép mở nó
keyring-rejected = kho mật khẩu không nhận mật khẩu này (có thể vì quá dài)
keyring-failed = kho mật khẩu báo lỗi: { $detail }
publish-sent = { $head }: đã gửi { $files } tệp ({ $size }: { $new } mới, { $changed } thay đổi), đã xóa { $deleted } tệp, { $unchanged } tệp không đổi
publish-sent-resumed = { $head }: đã gửi { $files } tệp ({ $size }: { $new } mới, { $changed } thay đổi), đã xóa { $deleted } tệp, { $unchanged } tệp không đổi (làm tiếp lần xuất bản bị ngắt)
publish-would-send = { $head }: sẽ gửi { $files } tệp ({ $size }: { $new } mới, { $changed } thay đổi), sẽ xóa { $deleted } tệp, { $unchanged } tệp không đổi
publish-up-to-date = { $head }: đã cập nhật đầy đủ ({ $files } tệp)
publish-progress = { $done }/{ $total } tệp

## Tệp, thư mục và trang (chuyển từ mã nguồn)

fs-error = không { $op } được `{ $path }`: { $detail }
io-not-found = không có tệp hay thư mục này
io-permission = không có quyền
io-exists = ở đó đã có một tệp hay thư mục
io-is-folder = đó là một thư mục, không phải một tệp
io-not-folder = một phần của đường dẫn là tệp, không phải thư mục
io-folder-not-empty = thư mục không trống
io-read-only = ổ đĩa chỉ cho đọc
io-full = ổ đĩa đã đầy
io-too-large = tệp quá lớn
fs-op-read = đọc
fs-op-write = ghi
fs-op-create-folder = tạo thư mục
fs-op-remove-folder = xoá thư mục
fs-op-move = chuyển
fs-op-copy = chép
fs-op-remove = xoá
fs-op-read-folder = đọc thư mục
fs-op-swap-in = đặt vào chỗ
fs-op-other = dùng
fs-error-place-help = một tệp nằm ở chỗ cần một thư mục, hoặc ngược lại: đổi tên hay chuyển nó đi, rồi chạy lại lệnh
fs-error-permission-help = bạn không có quyền làm việc này ở đó: xin quyền (hỏi người quản trị máy), hoặc làm việc trong một thư mục của bạn
fs-error-full-help = ổ đĩa đã đầy: giải phóng dung lượng, rồi chạy lại lệnh
fs-error-gone-help = tệp hay thư mục đó không có (có thể vừa bị xóa hay đổi tên trong lúc loa chạy): kiểm tra lại, rồi chạy lại lệnh
fs-error-other-help = kiểm tra tệp hay thư mục đó (có đúng chỗ không, có quyền đọc và ghi không, ổ đĩa còn chỗ không), rồi chạy lại lệnh
content-folder-missing = không có thư mục `content` trong `{ $dir }`
content-folder-missing-help = hãy tạo thư mục đó và đặt các trang Markdown của trang web vào
bundle-holds-section = `content/{ $rel }` nằm trong thư mục của một trang (thư mục có index.md)
bundle-holds-section-help = thư mục có index.md là một trang; đổi tên index.md thành _index.md để thư mục thành một mục
bundle-in-bundle = thư mục của trang này nằm trong thư mục của một trang khác, `content/{ $dir }/`
bundle-in-bundle-help = chuyển thư mục này ra khỏi thư mục của trang kia
bundle-holds-page = `{ $name }` nằm trong thư mục của một trang (thư mục có index.md) nên không phải là trang riêng và không được đăng
bundle-holds-page-help = chuyển tệp ra khỏi thư mục đó để nó thành một trang riêng
not-utf8 = tệp này không được lưu dưới dạng văn bản UTF-8
not-utf8-help = lưu lại tệp theo bảng mã UTF-8 (trong Notepad: File › Save as › Encoding: UTF-8). Tệp gõ bằng bảng mã cũ như TCVN3 (ABC), VNI hay Windows-1258 phải chuyển mã trước, ví dụ bằng công cụ chuyển mã của UniKey
fm-missing = trang này không có phần đầu trang (các trường nằm giữa hai dòng `---` ở đầu tệp)
fm-missing-help = bắt đầu tệp bằng một dòng `---`, rồi `title: "…"`, rồi thêm một dòng `---`; nội dung viết sau đó
fm-unclosed = phần đầu trang chưa được đóng
fm-unclosed-help = có phải bạn quên dòng `---` thứ hai sau các trường?
expect-date = một ngày viết theo thứ tự năm-tháng-ngày, ví dụ 2026-01-15
date-bad = `{ $written }` không phải là ngày viết theo thứ tự năm-tháng-ngày (NNNN-TT-NN)
date-rewritten-help = ngày viết theo thứ tự năm-tháng-ngày: `{ $date }`
date-format-help = ngày viết theo thứ tự năm-tháng-ngày, ví dụ `2022-01-11`
date-no-such-day = `{ $written }` không phải là một ngày có trên lịch
date-no-such-day-help = hãy xem lại tháng (01–12) và ngày trong tháng
date-year-only-help = hãy viết đủ ngày, ví dụ `{ $year }-01-01`
address-two-files = hai tệp cùng tạo ra địa chỉ `/{ $path }`
tag-empty = thẻ `{ $name }` không có chữ hay số nào
tag-empty-help = bỏ thẻ đó hoặc viết một từ, ví dụ `tags: ["chuyển đổi số"]`
address-tag-taken = thẻ `{ $name }` và một tệp nội dung cùng tạo ra địa chỉ `/{ $path }`
alias-taken = địa chỉ cũ `{ $alias }` trùng với địa chỉ của một trang khác
alias-bad = `{ $alias }` không phải là một địa chỉ trên trang web này
alias-bad-help = viết địa chỉ cũ dưới dạng đường dẫn, ví dụ `aliases: ["/tin-tuc/bai-cu/"]`
slug-bad = `{ $slug }` không dùng được trong địa chỉ
slug-bad-help = dùng chữ thường không dấu, chữ số và `-`, ví dụ `slug: { $slug }`
title-no-slug = tiêu đề không có chữ hay số nào để làm địa chỉ
title-no-slug-help = thêm trường `slug:`, ví dụ `slug: gioi-thieu`
use-one-of = hãy dùng một trong: { $list }
doc-kind-unknown = không có loại văn bản `{ $kind }`
link-broken = liên kết hỏng: `{ $dest }` không dẫn tới tệp nào (không có { $shown })
link-broken-help = liên kết tới trang khác bằng tên tệp của nó, tính từ trang này, ví dụ `../van-ban/ke-hoach.md`
md-heading-attrs = thuộc tính của tiêu đề, ngoài {"{"}#id{"}"} và {"{"}.class{"}"}, đã bị bỏ
md-heading-attrs-help = phần `{"{"}…{"}"}` ở cuối tiêu đề được đọc là thuộc tính; viết `\{"{"}` để hiện dấu ngoặc nhọn, hoặc dùng `{"{"}#id{"}"}`
md-heading-id-twice = hai tiêu đề trên trang này có cùng mã `{ $id }`
md-heading-id-twice-help = đặt cho một tiêu đề mã khác bằng `{"{"}#id{"}"}`
mention-no-page = trang web chưa có trang nào cho `{ $number }`, nên chỗ nhắc tới văn bản này không được gắn liên kết
mention-no-page-help = thêm một trang cho văn bản đó (chỉ cần khối `document:` với số hiệu này và `stub: true`), hoặc xem lại số hiệu
portals-are = các cổng là: { $list }
portal-unknown = không có cổng `{ $id }` trong loa.yaml
portal-unit-unknown = cổng `{ $id }` thuộc về một đơn vị không có: `{ $unit }`
portal-unit-unknown-help = `unit` là mã của một đơn vị trong tệp don-vi.yaml, ví dụ `unit: "phuong-hoa-binh"`
base-url-bad = --base-url `{ $url }` không phải là một địa chỉ web đầy đủ
base-url-bad-help = ví dụ --base-url http://127.0.0.1:8000/

## Kỳ báo cáo (trong câu, và làm tiêu đề)

period-year = năm { $year }
period-year-title = Năm { $year }
period-half = { $n ->
       [1] 6 tháng đầu năm { $year }
      *[2] 6 tháng cuối năm { $year }
    }
period-half-title = { $n ->
       [1] 6 tháng đầu năm { $year }
      *[2] 6 tháng cuối năm { $year }
    }
period-quarter = quý { $n ->
       [1] I
       [2] II
       [3] III
      *[4] IV
    }/{ $year }
period-quarter-title = Quý { $n ->
       [1] I
       [2] II
       [3] III
      *[4] IV
    }/{ $year }
period-month = tháng { $n }/{ $year }
period-month-title = Tháng { $n }/{ $year }

## Trang chuyển hướng, vai trò trong nhiệm vụ, bảng

ui-page-moved = Trang này đã chuyển đến { $link }.
ui-role-lead = Chủ trì
ui-role-support = Phối hợp
ui-table = Bảng { $n }

## Trợ giúp của dòng lệnh (loa --help)

cli-about = Dựng cổng thông tin của chính quyền địa phương từ Markdown và YAML
cli-lang = Ngôn ngữ của thông báo: vi (mặc định) hoặc en; cũng có thể đặt LOA_LANG
cli-build = Dựng mọi cổng vào public/<cổng>/
cli-check = Kiểm tra nội dung (mọi điều bản dựng kiểm tra, liên kết, neo, tệp, dữ liệu không dùng tới) mà không ghi gì
cli-serve = Xem thử trang tại http://127.0.0.1:8000/, dựng lại và tải lại sau mỗi lần sửa
cli-publish = Gửi các cổng đã dựng lên nơi lưu trữ (các đích `publish:` trong loa.yaml), chỉ gửi phần đã thay đổi
cli-init = Tạo một trang mới trong một thư mục: mỗi loại một ví dụ, dựng được ngay
cli-new = Thêm một kế hoạch, báo cáo, bài viết, đơn vị hay chỉ tiêu, mỗi trường có lời giải thích
cli-format = Cách in các lỗi: text (mặc định) hoặc json (cho công cụ khác)
cli-init-dir = Thư mục của trang mới (tạo nếu chưa có; phải trống)
cli-new-kind = Thêm gì
cli-new-title = Tiêu đề (tên của đơn vị hay chỉ tiêu); tiêu đề của báo cáo được tạo từ kế hoạch và kỳ báo cáo nếu bỏ trống
cli-new-plan = Với báo cáo, chỉ tiêu: số của kế hoạch (ví dụ 01/KH-UBND)
cli-new-period = Với báo cáo: kỳ báo cáo (2026-Q3, 2026-10, 2026-H1, 2026)
cli-root = Thư mục của trang (chứa loa.yaml); mặc định là thư mục hiện tại
cli-drafts = Dựng cả các trang ghi draft: true (bản nháp)
cli-future = Dựng cả các trang ghi ngày trong tương lai
cli-today = Coi ngày này (NNNN-TT-NN) là hôm nay, để bản dựng lặp lại được
cli-portal = Chỉ cổng này
cli-output = Thư mục xuất (mặc định: public/ trong thư mục của trang)
cli-output-serve = Thư mục xuất cho --write (mặc định: public/ trong thư mục của trang)
cli-output-publish = Nơi trang đã được dựng (mặc định: public/ trong thư mục của trang)
cli-base-url = Đăng tại địa chỉ này thay cho địa chỉ trong loa.yaml (để xem thử)
cli-port = Cổng mạng để nghe (0: bất kỳ cổng nào còn trống)
cli-bind = Địa chỉ để nghe; khác 127.0.0.1 thì các máy khác cũng xem được trang
cli-open = Mở trang trong trình duyệt
cli-write = Ghi cả mỗi bản dựng tốt vào thư mục xuất
cli-target = Chỉ đích này (một tên dưới `publish:` trong loa.yaml)
cli-dry-run = Liệt kê những gì sẽ được gửi và xoá; không thay đổi gì
cli-trust-host = Tin một máy chủ SSH có khóa với dấu vân tay này (SHA256:…), sau khi đã hỏi lại nhà cung cấp dịch vụ
cli-save-password = Hỏi mật khẩu của từng đích và lưu vào kho khóa của hệ thống (không đăng gì)
## loa init, loa new (src/scaffold/)
scaffold-exists = tệp `{ $file }` đã có: loa không ghi đè lên tệp đã có
scaffold-exists-help = đổi tiêu đề để có tên tệp khác, hoặc đổi tên hay xóa tệp cũ rồi chạy lại lệnh
init-not-empty = thư mục `{ $dir }` không trống: `loa init` chỉ tạo trang mới trong một thư mục trống
init-not-empty-help = chọn một thư mục mới, ví dụ: loa init trang-phuong
init-done = đã tạo trang mới trong `{ $dir }` ({ $files } tệp). Xem trước: cd { $dir } && loa serve
new-done = đã tạo `{ $file }`
new-no-title = thiếu tiêu đề: `loa new` cần tiêu đề (hoặc tên) của thứ được tạo
new-no-title-help = viết tiêu đề trong dấu ngoặc kép, ví dụ: loa new article "Khai giảng lớp kỹ năng số"
new-plan-no-number = không tìm thấy số của kế hoạch trong tiêu đề
new-plan-no-number-help = ghi số và ký hiệu trong tiêu đề ("Kế hoạch số 25/KH-UBND về …") hoặc thêm --plan 25/KH-UBND
new-needs-plan = cần số của kế hoạch: thêm --plan SỐ
new-needs-plan-help = ví dụ: loa new report --plan 25/KH-UBND --period 2026-Q3
new-no-plan = không có kế hoạch số `{ $number }` (một văn bản có tệp ke-hoach.yaml cùng thư mục)
new-plan-list = các kế hoạch hiện có: { $list }
new-bad-period = `{ $period }` không phải một kỳ báo cáo
new-bad-period-help = thêm --period với kỳ báo cáo, ví dụ: 2026-Q3 (quý III/2026), 2026-10 (tháng 10/2026), 2026-H1 (6 tháng đầu năm), 2026 (cả năm)
new-no-portal-unit = chưa biết đơn vị của cổng thông tin: trong loa.yaml, cổng thông tin chưa có `unit:`
new-no-portal-unit-help = thêm `unit: "ma-don-vi"` cho cổng trong loa.yaml (mã đơn vị trong content/don-vi/don-vi.yaml)
new-yaml-broken = không thêm được vào `{ $file }`: sau khi thêm, tệp không còn đọc được; tệp được giữ nguyên
new-yaml-broken-help = chạy loa check để xem lỗi đang có trong tệp, sửa rồi chạy lại lệnh
new-yaml-layout-help = tệp không có lỗi, nhưng không viết thành danh sách các khối `- id:` (viết trong ngoặc `[{"{"} … {"}"}]` hoặc theo cách khác) nên loa không thêm vào được: hãy tự thêm mục mới vào tệp, viết giống các mục đã có (docs/plans.md liệt kê các trường)
new-report-exists = đã có báo cáo { $period } của kế hoạch này: `{ $file }`
new-report-exists-help = mở tệp đó để sửa, hoặc chọn kỳ khác với --period
new-added = đã thêm vào `{ $file }`
check-task-overdue = nhiệm vụ { $number } đã quá hạn ({ $due }) mà chưa báo cáo nào ghi hoàn thành, và báo cáo mới nhất (`{ $report }`) không nêu tình hình
check-task-overdue-help = trong `tasks:` của báo cáo kỳ tới, ghi tình hình nhiệm vụ, ví dụ: "{ $number }": {"{"}status: "delayed", note: "Lý do chậm"{"}"}
check-anchor-missing = liên kết tới `#{ $anchor }` trên trang `{ $page }`, nhưng trang đó không có mục nào mang tên này
check-anchor-missing-help = sửa phần sau dấu # cho đúng tên mục: tên mục là tiêu đề viết thường, không dấu, nối bằng "-" (## Mục tiêu chung → #muc-tieu-chung)
check-anchor-missing-generated = liên kết nằm trong trang `{ $file }` do giao diện tạo ra: kiểm tra mẫu trang (templates/)
check-unit-unused = đơn vị `{ $id }` ({ $name }) không được kế hoạch, báo cáo, cổng thông tin hay văn bản nào nhắc tới
check-unit-unused-help = nếu là mã gõ nhầm của một đơn vị khác, hãy dùng một mã và xóa khối này khỏi don-vi.yaml; nếu đơn vị sẽ được giao việc, có thể để nguyên
check-attachment-missing = tệp đính kèm `{ $file }` (trong `attachments:`) không có trong thư mục của văn bản
check-attachment-missing-help = chép tệp vào `{ $dir }`, hoặc sửa tên tệp trong `attachments:` cho đúng (kể cả chữ hoa, chữ thường và phần đuôi .pdf)
new-id-exists = mã `{ $id }` đã được dùng cho “{ $name }”
new-id-exists-help = đặt tên khác (mã được tạo từ tên), hoặc sửa khối đã có
check-yaml-unread = loa không đọc `{ $file }` như dữ liệu (chỉ đọc don-vi.yaml, ke-hoach.yaml và doc-loa.yaml): tệp được đăng nguyên như một tệp để tải về
check-yaml-unread-help = danh sách đơn vị đặt tên don-vi.yaml; dữ liệu kế hoạch đặt tên ke-hoach.yaml, cạnh index.md của kế hoạch; nếu cố ý cho tải tệp này về thì để nguyên
