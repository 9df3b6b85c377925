### Vietnamese (vi): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = Mục lục
page = Trang
imprint = Thông tin xuất bản
# note: "Đơn vị phát hành" (issuing body); "Nhà xuất bản" would mean a publishing house, which the authority is not.
publisher = Đơn vị phát hành
contact = Liên hệ
date = Cập nhật lần cuối
issue = Số
not-translated = Chưa được dịch
outdated = Văn bản tiếng Đức đã thay đổi – bản dịch đang được kiểm tra
view = Chế độ xem
view-both = Cả hai ngôn ngữ
view-source = Chỉ tiếng Đức
view-target = Chỉ tiếng Việt
download-pdf = Tải xuống PDF
online = Đọc trực tuyến
publications = Ấn phẩm
editions = Ngôn ngữ
skip-to-content = Chuyển đến nội dung chính
fact-date = Ngày
fact-time = Giờ
fact-place = Địa điểm
fact-registration = Đăng ký
fact-cost = Chi phí
fact-contact = Liên hệ
fact-phone = Điện thoại
fact-email = Email
fact-deadline = Hạn đăng ký
fact-interpreter = Phiên dịch
qr-caption = Đăng ký và thông tin trực tuyến
home-title = Thông tin bằng ngôn ngữ của quý vị
home-intro = Tại đây, quý vị có thể tìm thấy tất cả các ấn phẩm hiện có bằng tiếng Việt. Văn bản tiếng Đức và bản dịch được trình bày song song, từng đoạn một.
all-languages = Tất cả ngôn ngữ
choose-language = Chọn ngôn ngữ
complete = Đã dịch đầy đủ
partly-translated = Đã dịch một phần – một số đoạn vẫn còn bằng tiếng Đức
no-publications = Hiện chưa có ấn phẩm nào bằng ngôn ngữ này.
reviewed = Đã được người thứ hai kiểm tra
partly-reviewed = Đã dịch – chưa được người thứ hai kiểm tra
notice-languages = Thông tin này hiện có bằng các ngôn ngữ sau
notice-qr = Tất cả ngôn ngữ và ấn phẩm trực tuyến
