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
# The page named in template-rendering when the search page fails.
search-page = tìm kiếm `tim-kiem/`
template-missing-parent = mẫu `{ $template }` kế thừa mẫu `{ $parent }`, nhưng mẫu này không có
template-not-found = không có mẫu trang tên `{ $name }`
template-list = các mẫu trang hiện có: { $list }
template-required = giao diện thiếu mẫu trang `{ $name }`
template-required-help = thêm templates/{ $name } vào trang hoặc vào giao diện
theme-not-found = không tìm thấy giao diện `{ $theme }` (không có thư mục themes/{ $theme }/templates)
theme-none-help = đặt một giao diện vào themes/<tên>/templates/
theme-list = các giao diện trong trang này: { $list }
and-more = { $help } (và { $n } chỗ khác)

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
