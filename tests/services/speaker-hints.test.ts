import { describe, expect, it, vi } from 'vitest';
import type { Speaker } from '../../lib/library/model';
import { SpeakerHintsCache } from '../../lib/services/speaker-hints';

const speaker = (id: string, name: string, aliases: string[] = []): Speaker => ({
  id,
  name,
  aliases,
  origin: 'captured',
  edited: false,
});

describe('SpeakerHintsCache', () => {
  it('reads once per revision', async () => {
    const cache = new SpeakerHintsCache();
    const read = vi.fn(async () => [speaker('s-b', 'Ana Lopez')]);
    const first = await cache.at('r1', read);
    expect(await cache.at('r1', read)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    await cache.at('r2', read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('takes a capture’s speakers in id order, a renamed one in its place, without reading again', async () => {
    const cache = new SpeakerHintsCache();
    await cache.at('r1', async () => [speaker('s-b', 'Ana Lopez'), speaker('s-d', 'Li Wei')]);
    cache.follow('r1', 'r2', [
      speaker('s-c', 'Mark Rutte'),
      speaker('s-a', 'Jo Park'),
      speaker('s-d', 'Li Wei', ['the mayor']),
    ]);
    const read = vi.fn(async () => []);
    expect(await cache.at('r2', read)).toEqual([
      { name: 'Jo Park', aliases: [] },
      { name: 'Ana Lopez', aliases: [] },
      { name: 'Mark Rutte', aliases: [] },
      { name: 'Li Wei', aliases: ['the mayor'] },
    ]);
    expect(read).not.toHaveBeenCalled();
  });

  it('ignores a capture from another revision than the one it holds', async () => {
    const cache = new SpeakerHintsCache();
    await cache.at('r1', async () => [speaker('s-b', 'Ana Lopez')]);
    cache.follow('r0', 'r2', [speaker('s-c', 'Mark Rutte')]);
    const read = vi.fn(async () => [speaker('s-b', 'Ana Lopez')]);
    expect(await cache.at('r2', read)).toEqual([{ name: 'Ana Lopez', aliases: [] }]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again after a read that failed', async () => {
    const cache = new SpeakerHintsCache();
    await expect(cache.at('r1', () => Promise.reject(new Error('closed')))).rejects.toThrow('closed');
    expect(await cache.at('r1', async () => [speaker('s-b', 'Ana Lopez')])).toHaveLength(1);
  });
});
