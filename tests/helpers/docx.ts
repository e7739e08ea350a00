import { strFromU8, unzipSync } from 'fflate';

/** The text files of a .docx (a zip), by path. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** Decodes the five XML entities. */
export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (e) => entities[e]);
}

/** One paragraph of document.xml: its XML, and its text with tabs as "\t" and breaks as "\n". */
export interface DocxParagraph {
  xml: string;
  text: string;
}

/** Every paragraph of a WordprocessingML part, in document order (table cells included). */
export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/gs)].map((m) => {
    const inner = m[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>(.*?)<\/w:t>|<w:tab\/>|<w:br\/>/gs)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : t[0] === '<w:br/>' ? '\n' : decodeXml(t[1])))
      .join('');
    return { xml: m[0], text };
  });
}

/** The font size of the first run of a paragraph, in points, or undefined when it takes the default. */
export function runSize(paragraphXml: string): number | undefined {
  const match = /<w:r>.*?<w:sz w:val="(\d+)"\/>/s.exec(paragraphXml);
  return match ? Number(match[1]) / 2 : undefined;
}
