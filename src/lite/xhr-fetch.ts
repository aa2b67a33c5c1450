/**
 * The part of fetch the data client uses (status, ok, headers.get, json, text; method, headers, body,
 * an abort signal), over XMLHttpRequest, for Internet Explorer 11, which has no fetch.
 */
export interface LiteResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

interface LiteInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: { aborted: boolean; addEventListener(type: 'abort', l: () => void): void };
}

export function xhrFetch(url: string, init: LiteInit = {}): Promise<LiteResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? 'GET', url, true);
    const headers = init.headers ?? {};
    for (const name of Object.keys(headers)) xhr.setRequestHeader(name, headers[name]);
    xhr.onload = () => {
      const body = xhr.responseText;
      resolve({
        status: xhr.status,
        ok: xhr.status >= 200 && xhr.status < 300,
        headers: { get: (name) => xhr.getResponseHeader(name) },
        text: () => Promise.resolve(body),
        json: () => new Promise((ok, fail) => {
          try {
            ok(JSON.parse(body) as unknown);
          } catch (err) {
            fail(err);
          }
        }),
      });
    };
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.ontimeout = xhr.onerror;
    if (init.signal) {
      if (init.signal.aborted) return reject(new Error('Aborted'));
      init.signal.addEventListener('abort', () => {
        xhr.abort();
        reject(new Error('Aborted'));
      });
    }
    xhr.send(init.body ?? null);
  });
}
