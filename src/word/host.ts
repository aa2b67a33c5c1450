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

/** Waits for Office.js (if it is on the page) and tells where we run. Resolves within `timeoutMs` either way. */
export function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(previewHost());
  return new Promise<HostInfo>((resolve) => {
    const timer = setTimeout(() => resolve(previewHost()), timeoutMs);
    Office.onReady((info) => {
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
    }).catch(() => {
      clearTimeout(timer);
      resolve(previewHost());
    });
  });
}

/** The features this host lacks, for the "what this Word cannot do" notice. */
export function missingFeatures(host: HostInfo): WordFeature[] {
  return host.inWord ? WORD_FEATURES.filter((f) => !host.supported[f.key]) : [];
}
