/** Every Vietnamese string of the task pane, in one place so that wording stays consistent. */
export const STRINGS = {
  appTitle: 'Báo cáo',
  appSubtitle: 'Số liệu, cập nhật và kiểm tra báo cáo tháng',
  loading: 'Đang tải Báo cáo…',
  previewNotice: 'Làm việc trên trình duyệt, không cần Word: mở tệp .docx của bạn (hoặc dùng báo cáo mẫu), kiểm tra, sửa rồi bấm “Tải về”.',
  wordLimitsTitle: 'Phiên bản Word này chưa hỗ trợ một số chức năng',
  wordLimitsIntro: 'Các chức năng còn lại vẫn dùng được bình thường.',
  tabs: {
    data: 'Số liệu',
    bind: 'Liên kết',
    refresh: 'Cập nhật',
    roll: 'Kỳ mới',
    check: 'Kiểm tra',
    settings: 'Cài đặt',
  },
} as const;
