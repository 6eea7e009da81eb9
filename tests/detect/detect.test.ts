import { describe, expect, it } from 'vitest';
import { detectQuotes, detectQuotesAsync } from '../../lib/detect';
import { RUTTE, article, page } from './helpers';

const speech = (doc: Document | Node, speakers = [RUTTE]) =>
  detectQuotes(doc, { speakers }).filter((q) => q.kind === 'speech');

describe('detectQuotes: marks and layout', () => {
  it('returns the quoted words without marks, with ranges over them', () => {
    const doc = article('<p>“We stand together,” Mark Rutte said on Wednesday.</p>');
    const [q] = speech(doc);
    expect(q).toMatchObject({
      text: 'We stand together',
      marked: true,
      form: 'direct',
      speaker: 'Mark Rutte',
    });
    expect(q!.ranges.map((r) => r.toString()).join('')).toBe('We stand together');
  });

  it('follows a quote across links and emphasis, one range per text stretch', () => {
    const doc = article(
      '<p>“The plan is <a href="#">on the table</a> and <em>not</em> going away,” said Maria Lopez.</p>',
    );
    const [q] = speech(doc);
    expect(q!.text).toBe('The plan is on the table and not going away');
    expect(q!.ranges.map((r) => r.toString())).toEqual([
      'The plan is ',
      'on the table',
      ' and ',
      'not',
      ' going away',
    ]);
    expect(q!.speaker).toBe('Maria Lopez');
  });

  it('reads <q> elements, whose marks are drawn by CSS', () => {
    const doc = article(
      '<p>The mayor, Paul Weiss, put it simply: <q>This is a good day for the whole city.</q></p>',
    );
    const [q] = speech(doc);
    expect(q).toMatchObject({
      text: 'This is a good day for the whole city.',
      speaker: 'Paul Weiss',
      marked: true,
    });
  });

  it('joins a quote that runs across paragraphs', () => {
    const doc = article(
      '<p>Sara Kim went on: “The first year was the hardest.</p><p>“The second year was easier.</p><p>“By the third we knew.”</p><p>The hearing ended.</p>',
    );
    const quotes = speech(doc);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe(
      'The first year was the hardest. The second year was easier. By the third we knew.',
    );
    expect(quotes[0]!.ranges).toHaveLength(3);
    expect(quotes[0]!.speaker).toBe('Sara Kim');
  });

  it('reads block quotes and pull quotes without marks', () => {
    const doc = article(
      '<p>The health minister, Ingrid Solberg, wrote a letter to the cabinet on Monday morning.</p>' +
        '<blockquote><p>I can no longer defend a budget that closes hospitals in my region.</p></blockquote>' +
        '<aside class="pullquote"><p>I can no longer defend this budget — Ingrid Solberg</p></aside>',
    );
    const quotes = speech(doc).filter((q) => q.marked);
    expect(quotes.map((q) => [q.text, q.form, q.speaker])).toEqual([
      ['I can no longer defend a budget that closes hospitals in my region.', 'direct', 'Ingrid Solberg'],
      ['I can no longer defend this budget', 'direct', 'Ingrid Solberg'],
    ]);
  });

  it('enters open shadow roots', () => {
    const doc = article(
      '<p>Intro paragraph of the story, long enough to count as article text.</p><div id="host"></div>',
    );
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = '“Shadow roots are part of the page too,” said Ada Stone.';
    shadow.append(p);
    const [q] = speech(doc);
    expect(q).toMatchObject({ text: 'Shadow roots are part of the page too', speaker: 'Ada Stone' });
    expect(q!.ranges[0]!.startContainer.getRootNode()).toBe(shadow);
  });

  it('enters same-origin iframes and builds ranges in their document', () => {
    const doc = article(
      '<p>Intro paragraph of the story, long enough to count as article text.</p><iframe></iframe>',
    );
    const frame = doc.querySelector('iframe')!;
    const inner = frame.contentDocument!;
    const p = inner.createElement('p');
    p.textContent = '“Frames are read as well,” said Ada Stone.';
    inner.body.append(p);
    const [q] = speech(doc);
    expect(q!.text).toBe('Frames are read as well');
    expect(q!.ranges[0]!.startContainer.ownerDocument).toBe(inner);
  });

  it('never scans inside our own card host', () => {
    const doc = article(
      '<p>“Real words,” said Ada Stone.</p><verbatim-card><p>“Card words,” said the card.</p></verbatim-card>',
    );
    expect(speech(doc).map((q) => q.text)).toEqual(['Real words']);
  });

  it('skips navigation, captions, related links, comments, ads and footers', () => {
    const doc = page(`
      <header><nav><a href="#">“Breaking” news today</a></nav></header>
      <div class="ad-slot"><p>“Best mortgage rates in town,” says our sponsor, call now for a great deal.</p></div>
      <main><article>
        <p>The council approved the harbour plan on Thursday after three years of debate.</p>
        <figure><figcaption>“A new era,” said a banner in a photo from an earlier story.</figcaption></figure>
        <p>“This is a victory for every family,” said councillor Amina Yusuf.</p>
        <ul class="related"><li><a href="#">Mayor says “no more delays” on the harbour</a></li></ul>
      </article>
      <section class="comments"><p>“Finally some good news for this town,” wrote a reader.</p></section></main>
      <footer><p>“All rights reserved,” says the footer.</p></footer>`);
    expect(detectQuotes(doc).map((q) => [q.text, q.speaker])).toEqual([
      ['This is a victory for every family', 'Amina Yusuf'],
    ]);
  });

  it('returns the same quotes on the time-sliced path', async () => {
    const doc = article(
      Array.from(
        { length: 200 },
        (_, i) => `<p>“Paragraph ${i} has its own words,” Ada Stone said.</p>`,
      ).join(''),
    );
    const sync = detectQuotes(doc).map((q) => [q.text, q.speaker]);
    const sliced = (await detectQuotesAsync(doc, { sliceMs: 0 })).map((q) => [q.text, q.speaker]);
    expect(sliced).toEqual(sync);
    expect(sync).toHaveLength(200);
  });
});

describe('detectQuotes: speech and scare quotes', () => {
  it('keeps scare quotes apart and reports attributed short quotes with the clause that carries them', () => {
    const doc = article(
      '<p>The so-called “peace dividend” has long been spent.</p>' +
        '<p>Rutte warned Russia that any attack would prompt a “devastating” response from the alliance.</p>' +
        '<p>Germany’s likely next chancellor, Friedrich Merz, has questioned whether NATO will remain in its “current form” by June.</p>',
    );
    const all = detectQuotes(doc, { speakers: [RUTTE] });
    expect(all.map((q) => [q.text, q.kind, q.form, q.speaker])).toEqual([
      ['peace dividend', 'scare', 'partial', null],
      [
        'any attack would prompt a “devastating” response from the alliance',
        'speech',
        'reported',
        'Mark Rutte',
      ],
      ['whether NATO will remain in its “current form” by June', 'speech', 'reported', 'Friedrich Merz'],
    ]);
    expect(all.map((q) => q.marked)).toEqual([true, true, true]);
  });

  it('finds reported speech and unquoted direct speech', () => {
    const doc = article(
      '<p>Speaking in Warsaw, Mr. Rutte emphasized that NATO is the only choice to protect Europe.</p>' +
        '<p>They are our largest partner, our largest ally in NATO, Mr. Rutte emphasized.</p>' +
        '<p>According to Rutte, NATO draws its strength from collective defense.</p>' +
        '<p>Rutte said there would be no normalisation of relations with Russia.</p>' +
        '<p>He warned that boosting defenses alone would weaken unity, adding that cooperation remains the cornerstone.</p>' +
        '<p>Prices rose sharply in the spring and fell again in the autumn.</p>',
    );
    const quotes = speech(doc);
    expect(quotes.every((q) => q.form === 'reported' && !q.marked && q.speaker === 'Mark Rutte')).toBe(true);
    expect(quotes.map((q) => q.text)).toEqual([
      'NATO is the only choice to protect Europe',
      'They are our largest partner, our largest ally in NATO',
      'NATO draws its strength from collective defense',
      'there would be no normalisation of relations with Russia',
      'boosting defenses alone would weaken unity',
      'cooperation remains the cornerstone',
    ]);
  });
});

describe('detectQuotes: speakers', () => {
  it('gives "He stated" to the current speaker, not to the last name mentioned (seed 000)', () => {
    const doc = article(
      '<p>Tusk emphasized the importance of being prepared for any outcome of the talks.</p>' +
        '<p>Rutte responded firmly, asserting that neither Putin nor anyone else should believe they could escape consequences.</p>' +
        '<p>He stated, “If anyone miscalculates, they will face the full force of this strong alliance. This must be clear to Vladimir Putin.”</p>',
    );
    const direct = speech(doc).filter((q) => q.marked);
    expect(direct.map((q) => q.speaker)).toEqual(['Mark Rutte']);
  });

  it('resolves aliases, titles and descriptions through the hints, and surnames to full names', () => {
    const doc = article(
      '<p>“This is not the time to go it alone,” NATO’s Rutte told reporters.</p>' +
        '<p>“A fairer NATO means all allies doing their fair share,” the former Dutch prime minister added.</p>' +
        '<p>“Our response will be devastating,” the NATO chief said.</p>' +
        '<p>Polish Prime Minister Donald Tusk met him in Warsaw on Wednesday.</p>' +
        '<p>“Poland is ready,” Tusk said. “We have spent more than anyone.”</p>' +
        '<p>“We cannot wait for others,” he added.</p>',
    );
    expect(speech(doc).map((q) => q.speaker)).toEqual([
      'Mark Rutte',
      'Mark Rutte',
      'Mark Rutte',
      'Donald Tusk',
      'Donald Tusk',
    ]);
  });

  it('keeps a statement interrupted by its attribution as one quote', () => {
    const doc = article(
      '<p>“Poland is ready,” Tusk said. “We have spent more than anyone.”</p><p>“We cannot wait,” he added. “Now,” she said.</p>',
    );
    expect(speech(doc).map((q) => q.text)).toEqual([
      'Poland is ready. We have spent more than anyone.',
      'We cannot wait',
      'Now',
    ]);
  });

  it('carries the speaker to follow-on quote paragraphs', () => {
    const doc = article(
      '<p>“The global security challenges are too great,” Rutte said in a speech.</p><p>“There is no alternative to NATO.”</p>',
    );
    expect(speech(doc).map((q) => q.speaker)).toEqual(['Mark Rutte', 'Mark Rutte']);
  });

  it('reads French and German cues', () => {
    const doc = article(
      '<p>« Nous irons jusqu’au bout », a déclaré Élisabeth Morel, ministre du travail.</p>' +
        '<p>Selon Mme Morel, le texte sera présenté au Parlement avant la fin du mois.</p>' +
        '<p>„Dieser Haushalt ist solide und gerecht“, sagte Finanzministerin Katrin Vogel am Mittwoch.</p>',
    );
    expect(speech(doc, []).map((q) => [q.text, q.speaker, q.form])).toEqual([
      ['Nous irons jusqu’au bout', 'Élisabeth Morel', 'direct'],
      ['le texte sera présenté au Parlement avant la fin du mois', 'Élisabeth Morel', 'reported'],
      ['Dieser Haushalt ist solide und gerecht', 'Katrin Vogel', 'direct'],
    ]);
  });

  it('reads Japanese corner brackets and their cue', () => {
    const doc = article('<p>山田太郎外相は「同盟の結束は揺るがない」と述べた。</p>');
    expect(speech(doc, []).map((q) => [q.text, q.speaker])).toEqual([['同盟の結束は揺るがない', '山田太郎']]);
  });
});
