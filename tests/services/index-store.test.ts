import { describe, expect, it } from 'vitest';
import bundledJson from '../../lib/library/bundled-library.json';
import type { LibraryFile } from '../../lib/library/model';
import { QuoteMatcher } from '../../lib/match';
import { packSnapshot, unpackSnapshot } from '../../lib/services/index-store';

describe('the saved index', () => {
  it('comes back from its columns as the snapshot the matcher took, removed slots included', () => {
    const library = bundledJson as LibraryFile;
    const matcher = QuoteMatcher.build(library);
    matcher.removeQuote(library.quotes[3]!.id);
    const snapshot = matcher.snapshot();
    const back = unpackSnapshot(structuredClone(packSnapshot(snapshot, 'rev-1')));
    expect(back).toEqual(snapshot);
    const restored = QuoteMatcher.restore(back);
    const text = library.renderings[0]!.text;
    expect(restored.match(text)[0]?.quoteId).toBe(matcher.match(text)[0]?.quoteId);
  });
});
