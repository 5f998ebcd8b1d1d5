/** Display labels and badge tones for the enum values records and views use. */
const LABELS = new Map<string, string>([
  ['in-progress', 'In progress'],
  ['not-applicable', 'Excluded'],
  ['no-decision', 'No decision'],
  ['inherited', 'Inherited from provider'],
  ['due-soon', 'Due soon'],
  ['none', 'None'],
  ['ok', 'Current'],
  ['not-needed', 'Not needed yet'],
  ['on-target', 'On target'],
  ['off-target', 'Off target'],
  ['no-data', 'No data'],
  // Acronyms that capitalising would spell wrong (the risk register's `ai` domain showed as "Ai").
  ['ai', 'AI'],
  ['', '—'],
]);

export type Tone = 'good' | 'info' | 'warn' | 'orange' | 'bad' | 'neutral';

const TONES = new Map<string, Tone>();
const tone = (t: Tone, values: string[]) => values.forEach((v) => TONES.set(v, t));
tone('good', ['implemented', 'fresh', 'approved', 'closed', 'treated', 'ok', 'minimal', 'low', 'positive', 'yes', 'shared', 'inherited', 'both', 'added']);
tone('good', ['met', 'held', 'on-target', 'done', 'implemented', 'fresh', 'approved', 'closed', 'treated', 'ok', 'minimal', 'low', 'positive', 'yes', 'shared', 'both', 'added']);
tone('info', ['in-progress', 'info', 'limited', 'modified', 'mitigate', 'transfer', 'avoid']);
tone('warn', ['planned', 'due-soon', 'medium', 'draft', 'warning', 'partial', 'accepted', 'accept', 'suggestion', 'open']);
tone('orange', ['high']);
tone('bad', ['off-target', 'no-decision', 'stale', 'overdue', 'critical', 'unacceptable', 'error', 'missing', 'removed', 'undecided']);

/** Human label of an enum value: `in-progress` -> `In progress`; unknown values are capitalised. */
export function labelOf(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  const known = LABELS.get(s);
  if (known !== undefined) return known;
  const spaced = s.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Badge tone of a value; never derived from the text itself, so user data cannot pick a CSS class. */
export function toneOf(value: unknown): Tone {
  return TONES.get(String(value ?? '').toLowerCase()) ?? 'neutral';
}
