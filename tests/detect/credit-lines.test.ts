import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers';

const LEAD = '<p>“We can open the harbour by May,” Mayor Tomas Ekberg said on Monday.</p>';

describe('a credit line in the paragraph after a quote', () => {
  it('credits the quote set out alone in the paragraph before', () => {
    expect(
      speakerOf(
        `${LEAD}<p>“The whole idea of a new tax is something we hear about all the time, and it needs to stop.”</p><p>-Ines Marlow, Riverton.</p>`,
        'needs to stop',
      ),
    ).toBe('Ines Marlow');
  });

  it('reads a dash, a titled name and the occasion after a comma', () => {
    expect(
      speakerOf(
        `${LEAD}<p>“Great speech. She is tested. She is ready. She never quits.”</p><p>- Councilwoman Ines Marlow, tweeting after the speech.</p>`,
        'never quits',
      ),
    ).toBe('Councilwoman Ines Marlow');
  });

  it('leaves a quote its own attribution credits', () => {
    expect(
      speakerOf(
        `<p>“The whole idea of a new tax is something we hear about all the time,” Ekberg said.</p><p>- Ines Marlow.</p>`,
        'new tax',
      ),
    ).toBe('Ekberg');
  });

  it('takes no section line set between dashes for a credit', () => {
    expect(
      speakerOf(
        `${LEAD}<p>“The whole idea of a new tax is something we hear about all the time, and it needs to stop.”</p><p>– Old Hands Return –.</p>`,
        'needs to stop',
      ),
    ).toBe('Tomas Ekberg');
  });

  it('reads an embedded post’s credit, its handle and date after the name', () => {
    const post = '<p>The harbour opens on Monday, and the first ferry leaves at six.</p>';
    expect(
      speakerOf(
        `${LEAD}<blockquote class="twitter-tweet">${post}— Ines Marlow (@imarlow) <a href="#">March 3, 2025</a></blockquote>`,
        'first ferry',
      ),
    ).toBe('Ines Marlow');
    expect(
      speakerOf(
        `${LEAD}<blockquote><p>The harbour opens on Monday. — Ines Marlow (@imarlow) March 3, 2025</p></blockquote>`,
        'harbour opens',
      ),
    ).toBe('Ines Marlow');
  });
});
