import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

async function run(args: string[], stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, async () => stdin);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function tempFile(name: string, content: string) {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('verbatim match', () => {
  it('finds the library quote for a fragment read from standard input', async () => {
    const { code, out } = await run(['match', '--json'], ['this is not the time to go it alone']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.results).toHaveLength(1);
    const [best] = json.results[0].matches;
    expect(best.speaker).toBe('Mark Rutte');
    expect(best.canonical).toContain('this is not the time to go it alone');
    expect(best.verdict).toBe('fragment');
    expect(json.results[0]).toMatchObject({ speaker: null, form: null });
    expect(best.renderings.length).toBeGreaterThanOrEqual(3);
  });

  it('gives one result per text, in order, and [] when nothing matches', async () => {
    const { out } = await run([
      'match',
      '--json',
      'A fairer NATO means all allies doing their fair share',
      'The weather in Lisbon was mild all week',
    ]);
    const { results } = JSON.parse(out);
    expect(results.map((r: { text: string }) => r.text)).toEqual([
      'A fairer NATO means all allies doing their fair share',
      'The weather in Lisbon was mild all week',
    ]);
    expect(results[0].matches[0].verdict).toBe('verbatim');
    expect(results[1].matches).toEqual([]);
  });

  it('prints the verdict, explanation and diff as text', async () => {
    const { code, out } = await run([
      'match',
      'This is not the moment for Europe or North America to act alone',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/paraphrase/);
    expect(out).toMatch(/diff: /);
  });
});

describe('verbatim scan', () => {
  it('lists the Rutte quotes of the seed 002 page with their matches', async () => {
    const { code, out } = await run(['scan', '--json', 'fixtures/pages/seed-002.html']);
    expect(code).toBe(0);
    const { pages } = JSON.parse(out);
    expect(pages[0].page).toBe('fixtures/pages/seed-002.html');
    const rutte = pages[0].quotes.filter((q: { speaker: string | null }) => q.speaker === 'Mark Rutte');
    expect(rutte.length).toBeGreaterThanOrEqual(6);
    const goItAlone = rutte.find((q: { text: string }) => q.text.startsWith('Let me be absolutely clear'));
    expect(goItAlone.matches[0].verdict).toBe('verbatim');
  });

  it('lists a cited work’s quoted title as a title, with no speaker and no match', async () => {
    const path = await tempFile(
      'cited.html',
      `<html><body><article><p>Rutte spoke in Brussels on Wednesday about what the allies spend on defence, and why.</p>` +
        `<p>“This is not the time to go it alone,” Rutte said.</p><ol><li><cite>Kerr, Ann. "Rutte warns allies not to go it alone". ` +
        `Harbour Times. 12 March 2025.</cite></li></ol></article></body></html>`,
    );
    const { pages } = JSON.parse((await run(['scan', '--json', path])).out);
    const title = pages[0].quotes.find((q: { kind: string }) => q.kind === 'title');
    expect(title).toEqual({
      text: 'Rutte warns allies not to go it alone',
      speaker: null,
      form: 'direct',
      kind: 'title',
      matches: [],
    });
    const speech = pages[0].quotes.find((q: { kind: string }) => q.kind === 'speech');
    expect(speech.speaker).toBe('Mark Rutte');
    expect(speech.matches.length).toBeGreaterThan(0);
  });

  it('reports an unreadable page, still scans the others, and exits 1', async () => {
    const { code, out, err } = await run([
      'scan',
      '--json',
      'no-such-page.html',
      'fixtures/pages/seed-000.html',
    ]);
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read no-such-page\.html/);
    expect(JSON.parse(out).pages).toHaveLength(1);
  });
});

describe('verbatim article', () => {
  const story =
    '<p>The council met on Tuesday evening to discuss the budget for the next three years, the harbour and the school.</p>'.repeat(
      4,
    );

  it('prints the text read as the article, without the menu, as JSON', async () => {
    const path = await tempFile(
      'story.html',
      `<html><body><nav><a href="/">Home</a></nav><article>${story}</article><footer><p>About us and other links.</p></footer></body></html>`,
    );
    const { code, out } = await run(['article', '--json', path]);
    expect(code).toBe(0);
    const { pages } = JSON.parse(out);
    expect(pages).toHaveLength(1);
    expect(pages[0].page).toBe(path);
    expect(pages[0].text).toContain('The council met on Tuesday evening');
    expect(pages[0].text).not.toContain('Home');
    expect(pages[0].text).not.toContain('About us');
  });

  it('reads a page whose stylesheet jsdom cannot parse', async () => {
    const path = await tempFile(
      'styled.html',
      `<html><head><style>p { width: calc(($gutter - 16px) / 16 * 9) }</style></head><body><article>${story}</article></body></html>`,
    );
    const { code, out } = await run(['article', path]);
    expect(code).toBe(0);
    expect(out).toContain('The council met on Tuesday evening');
  });

  it('exits 2 without a page', async () => {
    const { code, err } = await run(['article']);
    expect(code).toBe(2);
    expect(err).toMatch(/article needs at least one PAGE\.html/);
  });
});

describe('errors and usage', () => {
  it('exits 2 for bad usage', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['scan'])).code).toBe(2);
    expect((await run(['match', '--nope'])).code).toBe(2);
  });

  it('exits 1 with a one-line error for a missing or malformed library', async () => {
    const missing = await run(['match', '--library', '/nonexistent/lib.json', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.err.split('\n')).toHaveLength(1);
    const bad = await tempFile('bad.json', '{"format":"verbatim-library","version":1,"speakers":[{"id":3}]');
    const malformed = await run(['match', '--library', bad, 'x']);
    expect(malformed.code).toBe(1);
    expect(malformed.err).toMatch(/malformed library/);
  });

  it('uses a library file given with --library', async () => {
    const file = await tempFile(
      'lib.json',
      JSON.stringify({
        format: 'verbatim-library',
        version: 1,
        speakers: [{ id: 's', name: 'Ada Lovelace', aliases: [], origin: 'user', edited: false }],
        quotes: [
          {
            id: 'q',
            speakerId: 's',
            canonical:
              'The Analytical Engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves',
            canonicalReason: 'Notes, 1843',
            event: null,
            date: null,
            primarySource: null,
            tags: [],
            origin: 'user',
            edited: false,
          },
        ],
        renderings: [],
      }),
    );
    const { code, out } = await run([
      'match',
      '--json',
      '--library',
      file,
      'weaves algebraic patterns just as the Jacquard loom weaves flowers',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).results[0].matches[0]).toMatchObject({ quoteId: 'q', speaker: 'Ada Lovelace' });
  });
});

describe('verbatim library', () => {
  it('counts the bundled library by speaker and keeps other speakers apart', async () => {
    const { code, out } = await run(['library', 'stats', '--json']);
    expect(code).toBe(0);
    expect(out).toContain('Mark Rutte');
    expect(out).toContain('Donald Trump');
  });

  it('validates a good file and rejects a bad one with its errors', async () => {
    const good = await run(['library', 'validate', 'lib/library/bundled-library.json']);
    expect(good.code).toBe(0);
    const badFile = await tempFile('bad.json', '{"format":"something-else","version":1}');
    const bad = await run(['library', 'validate', badFile]);
    expect(bad.code).toBe(1);
    expect(bad.err).not.toBe('');
  });
});
