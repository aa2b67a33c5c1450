// Rewrites the development URL of the manifest for a production host. Plain JS: webpack's config loads it.
'use strict';

/** @param {string} xml @param {string} from @param {string} to */
function rewriteManifestUrls(xml, from, to) {
  let target;
  try {
    target = new URL(to);
  } catch {
    throw new Error(`ADDIN_PRODUCTION_URL is not a URL: "${to}"`);
  }
  if (target.protocol !== 'https:') throw new Error(`ADDIN_PRODUCTION_URL must use https: "${to}"`);
  const base = target.href.endsWith('/') ? target.href : `${target.href}/`;
  const fromBase = from.endsWith('/') ? from : `${from}/`;
  return xml.split(fromBase).join(base).split(fromBase.replace(/\/$/, '')).join(base.replace(/\/$/, ''));
}

module.exports = { rewriteManifestUrls };
