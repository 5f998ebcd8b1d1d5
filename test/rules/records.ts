/** Small YAML record builders for rule tests: inline YAML in, whole findings out. */
export const head = (kind: string, id: string, title = id) => `apiVersion: annexa/v1\nkind: ${kind}\nmetadata:\n  id: ${id}\n  title: ${title}\n`;

export const control = (id: string, implementsRefs: string[], status: string, extra = '') =>
  `${head('Control', id)}spec:\n  implements: [${implementsRefs.join(', ')}]\n  status: ${status}\n${extra}`;

export const aiSystem = (id: string, spec: string, purpose = 'Prioritise patient requests') => `${head('AISystem', id)}spec:\n  purpose: ${purpose}\n${spec}`;

export const evidence = (id: string, extra = '  url: https://tickets.example.invalid/1\n') => `${head('Evidence', id)}spec:\n${extra}`;

export const config = (extra = '') => `apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022]\n${extra}`;
