/**
 * What `baocao <lệnh> --help` prints: the usage of every command and subcommand, in one place, so
 * that help never needs a command's dependencies (nor opens a database).
 */
export const HELP = {
  check: `Cách dùng: baocao check TỆP [--json] [--data KY.json]

Tìm những số liệu không khớp nhau trong báo cáo (.docx, .txt hoặc .md): tỷ lệ % so với X/Y, "vượt",
tổng và các phần, tỷ trọng, cùng một chỉ tiêu ghi hai số khác nhau…
  --json            in kết quả dạng JSON {"findings": [...]}
  --data KY.json    so thêm với số liệu của kỳ (tệp JSON của nguồn dữ liệu)
Mã thoát: 0 không có lỗi, 1 có ít nhất một lỗi, 2 không đọc được tệp.
`,
  refresh: `Cách dùng: baocao refresh BAOCAO.docx [--period 2026-05] (--source URL [--token MÃ] | --data TỆP) -o KETQUA.docx

Tính lại mọi số liệu gắn dữ liệu của báo cáo và ghi bản đã cập nhật; số bị sửa tay được giữ nguyên và liệt kê.
  --period KỲ       kỳ báo cáo (YYYY-MM, YYYY-Qn hoặc YYYY); mặc định là kỳ đã lưu trong báo cáo
  --source URL      nguồn dữ liệu (máy chủ dữ liệu), ví dụ http://192.168.1.10:3100
  --token MÃ        mã truy cập, nếu nguồn cần mã để đọc (hoặc đặt biến môi trường BAOCAO_TOKEN)
  --data TỆP        số liệu từ tệp: JSON của một kỳ, tệp dữ liệu mẫu, hoặc bảng XLSX/CSV của phòng, ban
  -o, --output TỆP  tệp kết quả
Khi không kết nối được nguồn, bản lưu lần trước của đúng nguồn đó được dùng (và được báo rõ).
Mã thoát: 0 đã cập nhật, 1 có số liệu cần xem lại, 2 không thực hiện được.
`,
  score: `Cách dùng:
  baocao score NHAN.claims.json KETQUA.json [--doc TÊN] [-v]
  baocao score --corpus [THƯ_MỤC] [-v] [--json]

Chấm bộ kiểm tra theo các lỗi đã gắn nhãn: một lỗi được tìm thấy khi một phát hiện (lỗi hoặc cảnh báo)
trùng đoạn trích của nó; phát hiện không trùng lỗi nào là báo nhầm. Dòng cuối: "recall=… precision=…".
Với --corpus, mọi TÊN.claims.json trong THƯ_MỤC (mặc định corpus/) được kiểm tra và chấm.
`,
  serve: `Cách dùng: baocao serve [--port 3100] [--host 127.0.0.1] [--db TỆP.sqlite] [--cors NGUỒN,…] [--read-token]

Chạy máy chủ dữ liệu dùng chung (SQLite; PostgreSQL khi đặt biến DATABASE_URL=postgres://…).
  --read-token      đọc số liệu cũng cần mã truy cập
  --cors            các địa chỉ của phần bổ trợ được phép gọi (mặc định https://localhost:3000)
`,
  import: `Cách dùng: baocao import TỆP.xlsx|TỆP.csv --department "TÊN PHÒNG" [--db TỆP.sqlite]

Nhập bảng số liệu của một phòng, ban: nhập tất cả hoặc không dòng nào, kèm lý do từng dòng bị từ chối.
Dòng tiêu đề (dòng 1) cần cột "Mã chỉ tiêu" và "Kỳ", và các cột "Thực hiện", "Lũy kế", "Kế hoạch", "Cùng kỳ".
Tối đa 20.000 dòng mỗi lần; không nhận ô gộp (merge) trong các cột số liệu.
`,
  token: {
    '': `Cách dùng:
  baocao token add --department "TÊN PHÒNG" [--label NHÃN] [--db TỆP]   mã ghi số liệu của một phòng, ban
  baocao token add --read [--label NHÃN] [--db TỆP]                      mã chỉ đọc
  baocao token list [--db TỆP]                                           các mã đã cấp
  baocao token revoke MÃ_SỐ [--db TỆP]                                   thu hồi một mã
Máy chủ chỉ giữ bản băm của mã: chép mã ngay khi được cấp. baocao token <việc> --help để xem từng việc.
`,
    add: `Cách dùng: baocao token add --department "TÊN PHÒNG" | --read [--label NHÃN] [--db TỆP]

Cấp một mã truy cập mới và in ra một lần duy nhất (máy chủ chỉ giữ bản băm).
  --department TÊN  mã ghi số liệu cho các chỉ tiêu của phòng, ban này
  --read            mã chỉ đọc (khi máy chủ chạy với --read-token)
  --label NHÃN      ghi chú để nhận ra mã trong danh sách
`,
    list: `Cách dùng: baocao token list [--db TỆP]

Liệt kê các mã đã cấp: mã số, loại, phòng ban, nhãn, ngày cấp, ngày thu hồi (mã không bao giờ được in lại).
`,
    revoke: `Cách dùng: baocao token revoke MÃ_SỐ [--db TỆP]

Thu hồi mã có mã số này (xem baocao token list); mã bị thu hồi không dùng được nữa.
`,
  },
} as const;

export type CommandName = keyof typeof HELP;

/** The help a command line asks for, or null when it asks for none. */
export function helpFor(name: CommandName, args: readonly string[]): string | null {
  if (!args.includes('--help') && !args.includes('-h')) return null;
  const entry = HELP[name];
  if (typeof entry === 'string') return entry;
  const sub = args.find((a) => !a.startsWith('-'));
  return sub && sub in entry ? entry[sub as keyof typeof entry] : entry[''];
}
