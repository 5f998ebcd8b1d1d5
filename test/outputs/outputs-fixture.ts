import path from 'node:path';
import { runPipeline } from '../../src/pipeline.js';
import { buildPack } from '../../src/render/build-pack.js';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/repo.js';

/** The date every output test measures against; examples/acme-health is green on it. */
export const TODAY = '2026-11-23';
export const EXAMPLES = ['acme-health', 'broken'] as const;

export interface ExampleOutputs {
  /** Pack files by path (in memory: nothing is written). */
  pack: Map<string, string>;
  soa: Record<'text' | 'markdown' | 'json' | 'csv', string>;
  checkMarkdown: string;
}

/**
 * Every output of one example, built once in-process and shared by the output tests (markdownlint,
 * figures), so the suite pays for one pack per example.
 */
export async function buildOutputs(example: (typeof EXAMPLES)[number]): Promise<ExampleOutputs> {
  const root = path.join(REPO_ROOT, 'examples', example);
  const result = await runPipeline({ root, scope: 'check', today: TODAY });
  const files = await buildPack({ result, date: TODAY, toolVersion: '0.0.0-test' });
  // Text pages only: the pack also holds binary office files (xlsx, docx).
  const pack = new Map(files.flatMap((f) => (typeof f.content === 'string' ? [[f.path, f.content] as const] : [])));
  const soa = async (format: string) => (await runCli(['soa', root, '--format', format, '--today', TODAY])).stdout;
  return {
    pack,
    soa: { text: await soa('text'), markdown: await soa('markdown'), json: await soa('json'), csv: await soa('csv') },
    checkMarkdown: (await runCli(['check', root, '--format', 'markdown', '--today', TODAY, '--quiet'])).stdout,
  };
}
