import type { Form, LibraryData, Quote, Rendering } from '../../lib/library/model';

/**
 * A small library made from the seed articles (fixtures/seeds): Rutte's
 * Warsaw remarks as several outlets printed them, plus one remark from the
 * later dpa interview. Every rendering's text is copied from its seed file
 * (seed-library.test.ts checks that), so the tests judge real drift.
 */
export interface SeedRendering {
  seed: string;
  text: string;
  form: Form;
}

export const RUTTE = {
  id: 'rutte',
  name: 'Mark Rutte',
  aliases: ['NATO chief'],
  origin: 'bundled',
  edited: false,
} as const;

export const SEED_QUOTES: Record<string, { canonical: string; renderings: SeedRendering[] }> = {
  'go-it-alone': {
    canonical:
      'Let me be absolutely clear, this is not the time to go it alone. Not for Europe or North America.',
    renderings: [
      {
        seed: '002',
        text: 'Let me be absolutely clear, this is not the time to go it alone. Not for Europe or North America,',
        form: 'direct',
      },
      {
        seed: '003',
        text: 'This is not the moment for Europe or North America to act alone',
        form: 'direct',
      },
      { seed: '001', text: 'This is not the time for individual action', form: 'reported' },
    ],
  },
  'no-alternative': {
    canonical:
      'The global security challenges are too great for any of us to face on our own. When it comes to keeping Europe and North America safe, there is no alternative to NATO.',
    renderings: [
      {
        seed: '002',
        text: 'The global security challenges are too great for any of us to face on our own. When it comes to keeping Europe and North America safe, there is no alternative to NATO,',
        form: 'direct',
      },
      {
        seed: '003',
        text: 'The security challenges we face are too vast for any one of us to handle in isolation. There is no substitute for NATO in keeping our regions safe.',
        form: 'direct',
      },
    ],
  },
  'fairer-nato': {
    canonical: 'A fairer NATO means all allies doing their fair share.',
    renderings: [
      { seed: '002', text: 'A fairer NATO means all allies doing their fair share,', form: 'direct' },
      { seed: '003', text: 'A truly fair NATO requires all members to pull their weight.', form: 'direct' },
      { seed: '001', text: 'more fairness means that all allies must contribute equally', form: 'reported' },
    ],
  },
  'uncle-sam': {
    canonical:
      'Yes, Europe needs to know that Uncle Sam still has our back. But America also needs to know that its NATO allies will step up.',
    renderings: [
      {
        seed: '002',
        text: 'Yes, Europe needs to know that Uncle Sam still has our back. But America also needs to know that its NATO allies will step up,',
        form: 'direct',
      },
    ],
  },
  'eastern-flank': {
    canonical:
      'With the latest missile technology coming out of Russia, the difference between an attack on Warsaw or an attack on Madrid is 10 minutes. So we are all on the eastern flank.',
    renderings: [
      {
        seed: '002',
        text: 'With the latest missile technology coming out of Russia, the difference between an attack on Warsaw or an attack on Madrid is 10 minutes. So we are all on the eastern flank,',
        form: 'direct',
      },
    ],
  },
  'devastating-response': {
    canonical:
      'If anyone miscalculates and thinks they can attack Poland or any other ally, they will face the full force of this strong alliance. Our response will be devastating. This must be clear to Vladimir Putin and anyone else who considers aggression against us.',
    renderings: [
      {
        seed: '000',
        text: 'If anyone miscalculates and thinks they can attack Poland or any other ally, they will face the full force of this strong alliance. Our response will be devastating. This must be clear to Vladimir Putin and anyone else who considers aggression against us.',
        form: 'direct',
      },
    ],
  },
  'no-normalisation': {
    canonical: 'there would be no normalisation of relations with Russia once the war had ended',
    renderings: [
      {
        seed: '002',
        text: 'there would be no normalisation of relations with Russia once the war had ended',
        form: 'reported',
      },
      {
        seed: '001',
        text: 'there would be no normalization of relations with Russia even if the conflict ended',
        form: 'reported',
      },
    ],
  },
  'dpa-no-security-without-us': {
    canonical: 'Europe cannot guarantee its security without US support',
    renderings: [
      { seed: '004', text: 'Europe cannot guarantee its security without US support', form: 'reported' },
    ],
  },
};

export function quoteRecord(id: string, canonical: string): Quote {
  return {
    id,
    speakerId: RUTTE.id,
    canonical,
    canonicalReason: 'Reuters wire copy',
    event: 'Warsaw School of Economics',
    date: '2025-03-26',
    primarySource: null,
    tags: [],
    origin: 'bundled',
    edited: false,
  };
}

export function renderingRecords(quoteId: string, renderings: SeedRendering[]): Rendering[] {
  return renderings.map((r, i) => ({
    id: `${quoteId}-${i}`,
    quoteId,
    outlet: `seed ${r.seed}`,
    url: null,
    date: '2025-03-26',
    text: r.text,
    form: r.form,
    language: 'en',
    translated: r.seed === '001',
    origin: 'bundled',
    edited: false,
  }));
}

/** The seed library, optionally without some quotes or renderings (to test what a smaller library finds). */
export function seedLibrary(
  drop: (quoteId: string, r: SeedRendering | null) => boolean = () => false,
): LibraryData {
  const quotes: Quote[] = [];
  const renderings: Rendering[] = [];
  for (const [id, q] of Object.entries(SEED_QUOTES)) {
    if (drop(id, null)) continue;
    quotes.push(quoteRecord(id, q.canonical));
    renderings.push(
      ...renderingRecords(
        id,
        q.renderings.filter((r) => !drop(id, r)),
      ),
    );
  }
  return { speakers: [{ ...RUTTE, aliases: [...RUTTE.aliases] }], quotes, renderings };
}
