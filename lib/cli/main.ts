import { parseArgs } from 'node:util';
import { CliError, usageError } from './errors';
import {
  articleCommand,
  matchCommand,
  scanCommand,
  statsCommand,
  validateCommand,
  type Io,
} from './commands';
import { loadLibraryFile } from './load-library';
import { readStdinLines } from './stdin';

const HELP = `verbatim — find quotes in saved news pages and check them against a quote library

Usage:
  verbatim scan [--json] [--library FILE] PAGE.html...
  verbatim article [--json] PAGE.html...                 (the text read as each page's article)
  verbatim match [--json] [--library FILE] [TEXT...]     (texts from stdin, one per line, when none given)
  verbatim library stats [--json] [--library FILE]
  verbatim library validate FILE

Options:
  --json           print machine-readable JSON (shapes in the README)
  --library FILE   use this verbatim-library JSON file instead of the bundled library
  -h, --help       show this help

Exit codes: 0 the run worked (matches or not), 1 a file could not be read or a library is malformed,
2 bad usage.`;

/** Runs the command line and returns its exit code; the wrapper in bin/ only sets process.exitCode. */
export async function main(
  argv: string[],
  io: Io,
  stdin: () => Promise<string[]> = readStdinLines,
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        library: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.out(HELP);
      return values.help ? 0 : 2;
    }
    const json = values.json ?? false;
    switch (command) {
      case 'scan':
        if (rest.length === 0) throw usageError('scan needs at least one PAGE.html');
        return await scanCommand(rest, await loadLibraryFile(values.library), json, io);
      case 'article':
        if (rest.length === 0) throw usageError('article needs at least one PAGE.html');
        return await articleCommand(rest, json, io);
      case 'match': {
        const library = await loadLibraryFile(values.library);
        const texts = rest.length ? rest : (await stdin()).filter((line) => line.trim());
        return matchCommand(texts, library, json, io);
      }
      case 'library':
        return await libraryCommand(rest, values.library, json, io);
      default:
        throw usageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`verbatim: ${error.message}${error.exitCode === 2 ? " (see 'verbatim --help')" : ''}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`verbatim: ${error.message} (see 'verbatim --help')`);
      return 2;
    }
    throw error;
  }
}

async function libraryCommand(
  args: string[],
  library: string | undefined,
  json: boolean,
  io: Io,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'stats') {
    if (rest.length) throw usageError('library stats takes no arguments; use --library FILE');
    return statsCommand(await loadLibraryFile(library), json, io);
  }
  if (sub === 'validate') {
    const [file, ...extra] = rest;
    if (!file || extra.length) throw usageError('library validate takes exactly one FILE');
    return validateCommand(file, io);
  }
  throw usageError(`unknown library command '${sub ?? ''}' (stats or validate)`);
}
