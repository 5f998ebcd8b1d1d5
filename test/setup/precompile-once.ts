/**
 * Tests run src/, where the build's precompiled.json is absent, so every in-process pack compiled all 42
 * bundled templates again: about 15 CPU-seconds of the suite. Handlebars.precompile is a pure function of
 * (source, options), so its specs are remembered per worker, as the build remembers them in precompiled.json.
 * Errors are not remembered: a broken template throws on every compile, with its own message.
 */
import Handlebars from 'handlebars';

type Precompile = typeof Handlebars.precompile;
const MEMO = Symbol.for('annexa.test.precompileMemo');
const hb = Handlebars as typeof Handlebars & { [MEMO]?: true };

// Setup files run before every test file of a reused worker (isolate: false): wrap once per worker.
if (!hb[MEMO]) {
  const original: Precompile = hb.precompile.bind(hb);
  const specs = new Map<string, ReturnType<Precompile>>();
  hb.precompile = ((input, options) => {
    if (typeof input !== 'string') return original(input, options);
    const key = `${JSON.stringify(options ?? {})}\0${input}`;
    let spec = specs.get(key);
    if (spec === undefined) specs.set(key, (spec = original(input, options)));
    return spec;
  }) as Precompile;
  hb[MEMO] = true;
}
