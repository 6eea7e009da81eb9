// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManagerApp } from '../../components/ManagerApp';
import type { LibraryData, Quote } from '../../lib/library/model';
import type { LibraryClient } from '../../lib/manager/library-client';

const quote = (id: string, canonical: string, origin: Quote['origin']): Quote => ({
  id,
  speakerId: 'ada-lovell',
  canonical,
  canonicalReason: 'only rendering',
  event: null,
  date: '2026-03-02',
  primarySource: null,
  tags: [],
  origin,
  edited: false,
});

const library: LibraryData = {
  speakers: [{ id: 'ada-lovell', name: 'Ada Lovell', aliases: [], origin: 'user', edited: false }],
  quotes: [
    quote('kept', 'The harbour bridge opens in spring.', 'user'),
    quote('seen', 'The ferry will run until the ice comes.', 'captured'),
  ],
  renderings: [],
};

/** Only loading is needed: these tests change nothing. */
const client = {
  load: () => Promise.resolve(library),
  nextUndo: () => Promise.resolve(null),
} as unknown as LibraryClient;

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const detail = (root: HTMLElement) => root.querySelector('section.detail')!;
const button = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;

async function open(initialQuoteId: string | null): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<ManagerApp client={client} initialQuoteId={initialQuoteId} />, root));
  await settle();
  return root;
}

// jsdom lays nothing out, so it has no scrolling; the manager scrolls a newly opened quote to its top.
beforeAll(() => {
  Element.prototype.scrollTo ??= () => undefined;
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the manager’s shelves', () => {
  it('shows no quote of the other shelf after switching, and the last one again on coming back', async () => {
    const root = await open('kept');
    expect(detail(root).querySelector('textarea')!.value).toBe('The harbour bridge opens in spring.');
    await act(() => button(root, 'Seen while reading').click());
    expect(detail(root).querySelector('.quote-detail')).toBeNull();
    expect(detail(root).textContent).toContain('Choose a quote');
    await act(() => button(root, 'Library').click());
    expect(detail(root).querySelector('.quote-detail')?.getAttribute('data-quote-id')).toBe('kept');
  });

  it('asks before an unsaved edit is left behind, and stays when the reader says no', async () => {
    const root = await open('kept');
    const wording = detail(root).querySelector('textarea')!;
    await act(() => {
      wording.value = 'The harbour bridge opens in May.';
      wording.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await act(() => button(root, 'Seen while reading').click());
    expect(confirm).toHaveBeenCalledOnce();
    expect(detail(root).querySelector('textarea')!.value).toBe('The harbour bridge opens in May.');
    expect(button(root, 'Library').getAttribute('aria-pressed')).toBe('true');
    confirm.mockReturnValue(true);
    await act(() => button(root, 'Seen while reading').click());
    expect(detail(root).querySelector('.quote-detail')).toBeNull();
  });
});
