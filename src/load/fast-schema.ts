/**
 * The plain-scalar types of the `yaml` library's YAML 1.2 core schema (its tests and conversions,
 * in its order), for js-yaml: js-yaml's own core schema also reads `1_000`, `0b1` and `+.5e3`-style
 * forms the `yaml` library keeps as strings. No timestamps: dates stay strings, as records expect.
 * One entry per tag: js-yaml keeps only the last type of a tag.
 */
const OCT = /^0o[0-7]+$/;
const DEC = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export const CORE_TYPES: { tag: string; test: (s: string) => boolean; construct: (s: string) => unknown }[] = [
  { tag: 'tag:yaml.org,2002:null', test: (s) => /^(?:~|[Nn]ull|NULL)?$/.test(s), construct: () => null },
  { tag: 'tag:yaml.org,2002:bool', test: (s) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s), construct: (s) => s[0] === 't' || s[0] === 'T' },
  {
    tag: 'tag:yaml.org,2002:int',
    test: (s) => OCT.test(s) || DEC.test(s) || HEX.test(s),
    construct: (s) => (OCT.test(s) ? parseInt(s.substring(2), 8) : DEC.test(s) ? parseInt(s, 10) : parseInt(s.substring(2), 16)),
  },
  {
    tag: 'tag:yaml.org,2002:float',
    test: (s) => NAN.test(s) || EXP.test(s) || FLOAT.test(s),
    construct: (s) => (NAN.test(s) ? (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) : parseFloat(s)),
  },
];
