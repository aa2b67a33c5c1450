/**
 * Where the task pane runs, and what that Word can do. The only place the task pane asks Office
 * anything at start-up; outside Word (the browser preview) Office.js may be absent or report no host.
 */

/** Features the add-in uses beyond the WordApi 1.1 baseline of the manifest. */
export interface WordFeature {
  key: 'contentControls' | 'footnotes' | 'settings' | 'customXml' | 'fileAccess' | 'tableCells';
  /** Requirement set and version that provide it. */
  set: string;
  version: string;
  /** Vietnamese: what the user loses without it. */
  lostWithout: string;
}

export const WORD_FEATURES: readonly WordFeature[] = [
  { key: 'contentControls', set: 'WordApi', version: '1.1', lostWithout: 'Không chèn được số liệu gắn dữ liệu.' },
  { key: 'customXml', set: 'WordApi', version: '1.4', lostWithout: 'Kỳ báo cáo và nguồn dữ liệu được lưu trong thiết đặt tài liệu thay vì phần XML riêng.' },
  { key: 'tableCells', set: 'WordApi', version: '1.3', lostWithout: 'Không chọn được ô bảng khi bấm vào một phát hiện; số liệu trong bảng vẫn được kiểm tra.' },
  { key: 'footnotes', set: 'WordApi', version: '1.5', lostWithout: 'Không chèn được chú thích cuối trang; chú thích có sẵn vẫn được đọc từ tệp để kiểm tra.' },
  { key: 'fileAccess', set: 'File', version: '1.1', lostWithout: 'Không đọc được chú thích cuối trang trên phiên bản Word này.' },
];

export interface HostInfo {
  /** True inside Word; false in the browser preview. */
  inWord: boolean;
  /** "PC", "Mac", "OfficeOnline"… as Office reports it, or "browser". */
  platform: string;
  supported: Record<WordFeature['key'], boolean>;
}

function previewHost(): HostInfo {
  const supported = Object.fromEntries(WORD_FEATURES.map((f) => [f.key, false])) as HostInfo['supported'];
  return { inWord: false, platform: 'browser', supported };
}

/**
 * Signs that the page runs inside an Office host, readable before Office.js answers: the ones
 * Office.js itself reads to learn its host (node_modules/@microsoft/office-js/dist/office.debug.js
 * :1651-1690, `_retrieveHostInfo`: window.external.GetHostInfo on Windows, the `_host_Info` query
 * parameter, a `hostInfo` in window.name).
 */
export function officeHostHint(w: { location: { search: string }; name: string; external?: unknown }): boolean {
  if (/[?&]_host_Info=/i.test(w.location.search)) return true;
  const ext = w.external as { GetHostInfo?: unknown } | undefined;
  try {
    if (ext && typeof ext.GetHostInfo !== 'undefined') return true;
  } catch {
    // window.external throws on some engines: no sign either way
  }
  return /"hostInfo"/.test(w.name);
}

export const HOST_MESSAGES = {
  /** Office.onReady has not answered after the first wait. */
  slow: 'Word chưa trả lời (Office.onReady). Đang tiếp tục chờ; nếu ngăn vẫn trống sau một phút, hãy đóng ngăn Báo cáo rồi mở lại.',
  /** office.js is not on the page although the page is inside Office. */
  noOfficeJs: 'Không tải được office.js của Microsoft nên ngăn Báo cáo không làm việc được với Word. Hãy kiểm tra mạng tới appsforoffice.microsoft.com, hoặc nhờ quản trị dùng bản office.js đặt trên máy chủ của xã (BAOCAO_OFFICE_JS=local, xem README).',
};

export interface DetectOptions {
  /** After this long without an answer from Office.onReady, `onSlow` is told (default 3 s). */
  slowAfterMs?: number;
  /** Vietnamese: what is wrong, for the pane to show while it keeps waiting. */
  onSlow?: (message: string) => void;
  /** The window (tests give their own). */
  win?: { location: { search: string }; name: string; external?: unknown };
}

/**
 * Where the pane runs. Outside Office (Office.js absent with no sign of a host, or Office.onReady
 * naming no Word) it is the browser preview. Inside Word it never falls back to the preview: when
 * Office.onReady is slow it keeps waiting and says so through `onSlow`; when office.js did not load
 * at all it says that, and never resolves.
 */
export function detectHost(opts: DetectOptions = {}): Promise<HostInfo> {
  const win = opts.win ?? (typeof window !== 'undefined' ? window : undefined);
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    if (win && officeHostHint(win)) {
      opts.onSlow?.(HOST_MESSAGES.noOfficeJs);
      return new Promise<HostInfo>(() => undefined);
    }
    return Promise.resolve(previewHost());
  }
  return new Promise<HostInfo>((resolve) => {
    const timer = setTimeout(() => opts.onSlow?.(HOST_MESSAGES.slow), opts.slowAfterMs ?? 3000);
    const answer = (info: { host: unknown; platform?: unknown }): void => {
      clearTimeout(timer);
      if (info.host !== Office.HostType.Word) {
        resolve(previewHost());
        return;
      }
      const req = Office.context.requirements;
      const supported = Object.fromEntries(
        WORD_FEATURES.map((f) => [f.key, req.isSetSupported(f.set, f.version)]),
      ) as HostInfo['supported'];
      resolve({ inWord: true, platform: String(info.platform ?? 'unknown'), supported });
    };
    const ready = Office.onReady((info) => answer(info));
    if (ready && typeof ready.then === 'function') {
      ready.then(undefined, () => {
        clearTimeout(timer);
        opts.onSlow?.(HOST_MESSAGES.noOfficeJs);
      });
    }
  });
}

/** The features this host lacks, for the "what this Word cannot do" notice. */
export function missingFeatures(host: HostInfo): WordFeature[] {
  return host.inWord ? WORD_FEATURES.filter((f) => !host.supported[f.key]) : [];
}
