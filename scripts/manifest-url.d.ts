/** Rewrites the development origin of the manifest's URLs to the production one (https only). */
export function rewriteManifestUrls(xml: string, from: string, to: string): string;
