/**
 * What the lite pane's code needs that core-js does not bring (babel adds core-js for the rest, by
 * usage): AbortController, which the data client uses for its timeouts, and fetch, over
 * XMLHttpRequest. Installed only where missing (Internet Explorer 11).
 */
import { xhrFetch } from './xhr-fetch';

interface Listener {
  (): void;
}

class LiteAbortSignal {
  aborted = false;
  private readonly listeners: Listener[] = [];
  addEventListener(_type: 'abort', l: Listener): void {
    this.listeners.push(l);
  }
  removeEventListener(_type: 'abort', l: Listener): void {
    const i = this.listeners.indexOf(l);
    if (i !== -1) this.listeners.splice(i, 1);
  }
  fire(): void {
    this.aborted = true;
    for (const l of this.listeners.slice()) l();
  }
}

class LiteAbortController {
  readonly signal = new LiteAbortSignal();
  abort(): void {
    if (!this.signal.aborted) this.signal.fire();
  }
}

export function installPolyfills(w: Record<string, unknown>): void {
  if (typeof w.AbortController !== 'function') w.AbortController = LiteAbortController;
  if (typeof w.fetch !== 'function') w.fetch = xhrFetch;
}
