import { main } from './main';

/** The process-bound entry: real stdout/stderr, for bin/verbatim.mjs. */
export function run(argv: string[]): Promise<number> {
  return main(argv, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}
