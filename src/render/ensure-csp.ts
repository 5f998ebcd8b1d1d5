/** The Content Security Policy of every HTML page: no script, no requests; inline styles and data: images only. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;

/**
 * Gives an HTML page annexa's CSP when it does not carry it (a custom page that does not use the
 * layout). The tag goes first, right after a doctype, so it applies before anything the page holds;
 * browsers enforce every policy a page declares, so a weaker one of the template's own cannot loosen it.
 */
export function withCsp(html: string): string {
  if (html.includes(CSP_META)) return html;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}${CSP_META}${html.slice(at)}`;
}
