import { oscalUuid } from './uuid.js';

/** The OSCAL release the documents are written against (and tested with). */
export const OSCAL_VERSION = '1.2.1';
/** Namespace of annexa's own props (OSCAL requires one for names it does not define). */
export const ANNEXA_NS = 'https://github.com/annexa/annexa/ns/oscal';

export interface OscalProp {
  name: string;
  value: string;
  ns?: string;
  remarks?: string;
}

export interface OscalContext {
  /** YYYY-MM-DD the export is dated; every timestamp derives from it. */
  date: string;
  toolVersion: string;
  organization?: string;
}

/** Midnight UTC of the export date: a fixed timestamp, so the same input gives the same bytes. */
export function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/** OSCAL metadata shared by every model. */
export function metadata(ctx: OscalContext, title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: oneLine(title),
    'last-modified': timestamp(ctx.date),
    version: ctx.date,
    'oscal-version': OSCAL_VERSION,
    props: [prop('generator', `annexa ${ctx.toolVersion}`)],
    ...extra,
  };
}

/** An annexa prop; values must not be blank (OSCAL strings have no leading whitespace). */
export function prop(name: string, value: string): OscalProp {
  return { name, ns: ANNEXA_NS, value: value.trim() === '' ? '-' : value.trim() };
}

/** OSCAL ids are XML NCNames (start with a letter or _): clause `4.1` becomes `clause-4.1`. */
export function oscalId(id: string, type: 'control' | 'clause' = 'control'): string {
  const safe = id.replace(/[^\p{L}\p{N}._-]/gu, '_');
  if (type === 'clause') return `clause-${safe}`;
  return /^[\p{L}_]/u.test(safe) ? safe : `_${safe}`;
}

/** Markup-line fields take one non-empty line. */
export function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? '-' : t;
}

/** Role ids are tokens: `Jonas Weber (CTO)` -> `jonas-weber-cto`. */
export function roleId(owner: string): string {
  const slug = owner.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `role-${slug || oscalUuid('role', owner).slice(0, 8)}`;
}

/** A relative path or URL as a URI reference (spaces and non-ASCII percent-encoded). */
export function uriRef(pathOrUrl: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) return pathOrUrl.split('/').map(encodeURIComponent).join('/');
  try {
    return encodeURI(decodeURI(pathOrUrl));
  } catch {
    return encodeURI(pathOrUrl); // a stray % that is not an escape
  }
}

/** Pretty JSON with a trailing newline: what `annexa export oscal` writes. */
export function toJson(doc: unknown): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
