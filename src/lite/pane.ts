/**
 * The lite pane: plain DOM, in Vietnamese, for the Word of Office 2016/2019. It offers what those
 * Words can do through the same document port and checker as the modern pane: Kiểm tra, select a
 * finding, apply its fix, refresh bound figures; and it says plainly what is missing and where to get it.
 */
import type { Finding } from '../core/check';
import type { DocumentPort } from '../core/document/port';
import { periodOfDocument } from '../core/document/period';
import { refreshDocument } from '../core/figures';
import { PeriodSchema } from '../core/indicators/schema';
import { periodLabel } from '../core/figures/render';
import type { IndicatorClient } from '../data/client';
import { checkPort, STORY_NAMES, usableFix } from '../taskpane/check-run';

export interface LiteServices {
  port: DocumentPort;
  /** Null when no data source is set: Kiểm tra still works, refresh does not. */
  client: IndicatorClient | null;
  /** The web workbench (the add-in's site root). */
  workbenchUrl: string;
  /** Vietnamese notes of what this Word cannot do (from the port). */
  limits: readonly string[];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k of Object.keys(attrs)) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.appendChild(document.createTextNode(text));
  return e;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const SEVERITY: Record<Finding['severity'], string> = { error: 'Lỗi', warning: 'Cần xem lại', info: 'Lưu ý' };

/** The report's period: saved in it, else named in its title, else the current month. */
async function reportPeriod(port: DocumentPort): Promise<string> {
  const saved = (await port.getReportSettings()).period;
  if (saved && PeriodSchema.safeParse(saved).success) return saved;
  const found = periodOfDocument(await port.readText());
  if (found) return found.period;
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() < 9 ? '0' : ''}${now.getMonth() + 1}`;
}

export function renderLitePane(root: HTMLElement, s: LiteServices): void {
  root.innerHTML = '';
  const main = el('main', { 'aria-label': 'Báo cáo', class: 'lite' });
  main.appendChild(el('h1', {}, 'Báo cáo'));
  main.appendChild(el('p', { class: 'muted' }, 'Ngăn gọn cho Word 2016 và Word 2019.'));

  const status = el('p', { role: 'status', 'aria-live': 'polite', class: 'status' });
  const say = (text: string): void => {
    status.textContent = text;
  };

  const actions = el('div', { class: 'row' });
  const checkButton = el('button', { type: 'button' }, 'Kiểm tra');
  const refreshButton = el('button', { type: 'button' }, 'Cập nhật số liệu');
  actions.appendChild(checkButton);
  actions.appendChild(refreshButton);
  main.appendChild(actions);
  main.appendChild(status);

  const list = el('ol', { 'aria-label': 'Kết quả kiểm tra', class: 'findings' });
  main.appendChild(list);

  const check = async (): Promise<void> => {
    say('Đang kiểm tra…');
    list.innerHTML = '';
    try {
      const { findings } = await checkPort(s.port);
      if (!findings.length) {
        say('Không thấy số nào lệch nhau. Sẵn sàng ký.');
        return;
      }
      say(`Có ${findings.length} điểm cần xem.`);
      for (const f of findings) list.appendChild(findingItem(f));
    } catch (err) {
      say(`Không đọc được tài liệu: ${message(err)}`);
    }
  };

  const findingItem = (f: Finding): HTMLElement => {
    const li = el('li', { 'data-testid': 'finding', 'data-severity': f.severity });
    li.appendChild(el('strong', {}, `${SEVERITY[f.severity]}: `));
    li.appendChild(el('span', { class: 'message' }, f.message));
    li.appendChild(el('span', { class: 'muted' }, ` (${STORY_NAMES[f.location.story]}, “${f.text}”)`));
    const row = el('div', { class: 'row' });
    const select = el('button', { type: 'button', 'aria-label': `Chọn “${f.text}” trong tài liệu` }, 'Chọn');
    select.onclick = () => {
      s.port.select(f.location).catch((err: unknown) => say(message(err)));
    };
    row.appendChild(select);
    const fix = usableFix(f);
    if (fix) {
      const apply = el('button', { type: 'button' }, `Sửa thành ${fix}`);
      apply.onclick = () => {
        s.port
          .replaceText(f.location, f.text, fix)
          .then((ok) => {
            if (!ok) say('Đoạn văn đã thay đổi từ lần kiểm tra trước, nên chưa sửa; hãy kiểm tra lại.');
            return check();
          })
          .catch((err: unknown) => say(`Không sửa được: ${message(err)}`));
      };
      row.appendChild(apply);
    }
    li.appendChild(row);
    return li;
  };

  checkButton.onclick = () => void check();
  refreshButton.onclick = () => {
    const client = s.client;
    if (!client) {
      say('Chưa có nguồn dữ liệu: không cập nhật được số liệu.');
      return;
    }
    say('Đang cập nhật…');
    reportPeriod(s.port)
      .then(async (period) => {
        const data = await client.getPeriod(period);
        const out = await refreshDocument(s.port, data.data, period);
        const hand = out.reports.filter((r) => r.status === 'handEdited').length;
        say(`${periodLabel(period)}: đã cập nhật ${out.edits.length} số liệu${hand ? `; ${hand} số liệu bị sửa tay được giữ nguyên` : ''}${data.offline ? ' (dùng bản lưu vì không kết nối được nguồn)' : ''}.`);
      })
      .catch((err: unknown) => say(`Không cập nhật được: ${message(err)}`));
  };

  // What is missing, and where to get it.
  const missing = el('section', { 'aria-label': 'Phiên bản Word này thiếu gì' });
  missing.appendChild(el('h2', {}, 'Phiên bản Word này thiếu gì'));
  const items = el('ul');
  const add = (text: string): void => void items.appendChild(el('li', {}, text));
  add('Không chèn được số liệu mới gắn với nguồn dữ liệu, không chèn được chú thích nguồn, không xem lịch sử số liệu.');
  for (const l of s.limits) add(l);
  missing.appendChild(items);
  const where = el('p');
  where.appendChild(document.createTextNode('Để có đủ chức năng: mở báo cáo trong '));
  where.appendChild(el('a', { href: s.workbenchUrl, target: '_blank', rel: 'noopener' }, 'bàn làm việc trên web'));
  where.appendChild(document.createTextNode(' (mở tệp .docx, kiểm tra, sửa, cập nhật rồi tải về), hoặc trong Word trên web (office.com), hoặc Word của Microsoft 365.'));
  missing.appendChild(where);
  main.appendChild(missing);
  root.appendChild(main);
}
