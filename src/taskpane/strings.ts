/** Every Vietnamese string of the task pane, in one place so that wording stays consistent. */
export const STRINGS = {
  appTitle: 'Báo cáo',
  appSubtitle: 'Số liệu, cập nhật và kiểm tra báo cáo tháng',
  loading: 'Đang tải Báo cáo…',
  previewNotice: 'Bản xem thử trong trình duyệt: không có Word, các thao tác chạy trên báo cáo mẫu.',
  wordLimitsTitle: 'Phiên bản Word này chưa hỗ trợ một số chức năng',
  wordLimitsIntro: 'Các chức năng còn lại vẫn dùng được bình thường.',
  tabs: {
    data: 'Số liệu',
    refresh: 'Cập nhật',
    check: 'Kiểm tra',
    settings: 'Cài đặt',
  },
} as const;
