/**
 * Compile-time proof that the real Office.js objects fit the adapter's structural API: if Office.js
 * changes a signature the adapter relies on, this file stops compiling.
 */
import type { WContext, WSettings } from './api';

export function realContextFits(c: Word.RequestContext): WContext {
  return c;
}
export function realSettingsFit(s: Office.Settings): WSettings {
  return s;
}
