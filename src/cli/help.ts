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
  bind: `Cách dùng: baocao bind BAOCAO.docx --period 2026-05 (--source URL [--token MÃ] | --data TEP.json) -o KETQUA.docx [-v]

Gắn các số trong báo cáo với chỉ tiêu của nguồn số liệu: một số được gắn khi giá trị, đơn vị và các từ
quanh nó khớp một chỉ tiêu của kỳ (số thực hiện, X/Y, % kế hoạch, vượt, tăng/giảm so với cùng kỳ, tỷ trọng,
tổng). Số có nhiều cách hiểu hoặc khác số của nguồn chỉ được liệt kê, không gắn. Chữ trong báo cáo không đổi.

  --period KỲ      kỳ của báo cáo (mặc định: kỳ đã lưu trong tệp, hoặc kỳ ghi ở tiêu đề)
  --source URL     máy chủ số liệu (vd. http://127.0.0.1:3100)
  --token MÃ       mã truy cập, nếu máy chủ cần mã để đọc (hoặc biến môi trường BAOCAO_TOKEN)
  --data TỆP       hoặc tệp số liệu (.json, .csv, .xlsx)
  -o KETQUA.docx   tệp kết quả
  -v               liệt kê cả các số đã gắn

In ra: số đã gắn, số cần xem lại (chưa gắn), số không khớp chỉ tiêu nào. Mã thoát 0 khi xong, 2 khi sai tham số.
`,
  figures: `Cách dùng: baocao figures BAOCAO.docx [--json]

Liệt kê các số liệu gắn dữ liệu của báo cáo: chỉ tiêu, loại số liệu, chữ đang hiển thị, nơi đặt.
  --json   in {"figures": [{"key", "indicators", "kind", "text", "story"}]}
`,
  roll: `Cách dùng: baocao roll BAOCAO.docx --to 2026-06 (--source URL [--token MÃ] | --data TEP.json) -o KETQUA.docx [--from 2026-05] [--keep-lines]

Chuyển báo cáo sang kỳ mới: tính lại mọi số liệu gắn dữ liệu theo số liệu kỳ mới, sửa các dòng tiêu đề và
dòng ngày tháng theo kỳ mới; liệt kê để xem lại các chỗ khác còn nhắc tới kỳ, các số chưa gắn dữ liệu trùng số
liệu kỳ cũ, và các số liệu chưa có số của kỳ mới (giữ số cũ, được báo là đã cũ).

  --to KỲ          kỳ mới (vd. 2026-06, 2026-Q3)
  --from KỲ        kỳ cũ (mặc định: kỳ đã lưu trong tệp, hoặc kỳ ghi ở tiêu đề)
  --source URL     máy chủ số liệu   |   --data TỆP   tệp số liệu (.json, .csv, .xlsx)
  --token MÃ       mã truy cập của máy chủ (hoặc biến môi trường BAOCAO_TOKEN)
  -o KETQUA.docx   tệp kết quả
  --keep-lines     không sửa các dòng tiêu đề và ngày tháng (chỉ liệt kê)

Mã thoát 0 khi đã chuyển hết, 1 khi có số liệu cần xem lại (thiếu số kỳ mới, bị sửa tay), 2 khi sai tham số.
`,
  verify: `Cách dùng: baocao verify BAOCAO.docx [--source URL [--token MÃ] | --data TEP.json] [--json]

So báo cáo với bản ghi nhận trước khi ký (lưu trong tệp): chữ và các số liệu gắn dữ liệu còn như lúc ghi
nhận không, và số liệu nào của nguồn đã thay đổi từ đó. Số liệu lấy từ --source / --data, hoặc từ máy chủ
ghi trong bản ghi nhận.

Mã thoát 0 khi chữ và số liệu còn như lúc ghi nhận, 1 khi đã khác, 2 khi sai tham số hoặc tệp chưa có bản ghi nhận.
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
