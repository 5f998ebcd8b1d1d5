/** Chart colours; kept in step with the badge colours in templates/partials/styles.hbs. */
export const STATUS_COLORS = {
  implemented: '#2f855a',
  'in-progress': '#3182ce',
  planned: '#d69e2e',
  'no-decision': '#e53e3e',
  'not-applicable': '#cbd5e0',
  inherited: '#805ad5',
  shared: '#b794f4',
} as const;

export const STATUS_LABELS: Record<string, string> = {
  implemented: 'Implemented',
  'in-progress': 'In progress',
  planned: 'Planned',
  'no-decision': 'No decision',
  'not-applicable': 'Excluded',
  inherited: 'Inherited from provider',
  shared: 'Shared with provider',
};

export const LEVEL_COLORS = { low: '#9ae6b4', medium: '#faf089', high: '#f6ad55', critical: '#fc8181' } as const;

export const TONE_COLORS: Record<string, string> = {
  good: '#2f855a',
  warn: '#d69e2e',
  orange: '#dd6b20',
  bad: '#e53e3e',
  info: '#3182ce',
  neutral: '#a0aec0',
};

export const INK = '#1a202c';
export const MUTED = '#4a5568';
export const GRID = '#e2e8f0';
