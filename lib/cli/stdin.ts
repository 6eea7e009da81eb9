import { createInterface } from 'node:readline';

/** Standard input as lines; an interactive terminal with nothing piped gives no lines. */
export async function readStdinLines(): Promise<string[]> {
  if (process.stdin.isTTY) return [];
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) lines.push(line);
  return lines;
}
