import JSZip from 'jszip';

export async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

/** The XML with every content control's content blanked, to compare what lies outside the figures. */
export function outsideFigures(xml: string): string {
  return xml.replace(/<w:sdtContent>[\s\S]*?<\/w:sdtContent>/g, '<w:sdtContent/>');
}
