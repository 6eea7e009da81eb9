import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { article } from './helpers';

const speech = (paragraphs: string) =>
  detectQuotes(article(paragraphs), {})
    .filter((q) => q.kind === 'speech')
    .map((q) => ({ text: q.text, speaker: q.speaker }));

describe('a statement interrupted by its attribution', () => {
  it('joins the two parts of one sentence broken off by "said X,"', () => {
    expect(
      speech(
        '<p>“The risk,” said Edward Leamer, an economist at the university, “is that we are going to be attracting workers and repelling jobs.”</p>',
      ),
    ).toEqual([
      {
        text: 'The risk is that we are going to be attracting workers and repelling jobs.',
        speaker: 'Edward Leamer',
      },
    ]);
  });

  it('joins a second part that goes on after a conjunction without a subject of its own', () => {
    expect(
      speech(
        '<p>“That doesn’t mean no response,” one Clinton aide said late last month, “but a muted one rather than a five-alarm fire.”</p>',
      ).map((q) => q.text),
    ).toEqual(['That doesn’t mean no response but a muted one rather than a five-alarm fire.']);
  });

  it('gives back the full stop of a sentence that its attribution ended', () => {
    expect(
      speech(
        '<p>“The line will open in May,” Ana Ruiz said. “Nothing stands in the way now.”</p><p>“The new line,” Ruiz said, “is late but ready.”</p>',
      ).map((q) => q.text),
    ).toEqual([
      'The line will open in May. Nothing stands in the way now.',
      'The new line is late but ready.',
    ]);
  });

  it('keeps a second part that opens a clause of its own apart', () => {
    const found = speech(
      '<p>“We have heard the riders,” said Maria Lopez, “and we will act before the winter.”</p>',
    );
    expect(found.map((q) => q.text)).toEqual([
      'We have heard the riders',
      'and we will act before the winter.',
    ]);
    expect(found.every((q) => q.speaker === 'Maria Lopez')).toBe(true);
  });
});

describe('speakers named by a description', () => {
  it('reads a title joined by "of" before the name', () => {
    expect(
      speech(
        '<p>“Thanks, Clarkston, for welcoming these refugees,” said master of ceremonies Asab Al-Tabchi.</p>',
      ),
    ).toEqual([{ text: 'Thanks, Clarkston, for welcoming these refugees', speaker: 'Asab Al-Tabchi' }]);
  });

  it('takes the head noun before a post-modifier, so an unnamed user is named as printed', () => {
    const [quote] = speech(
      '<p>Greta Olsen spoke first.</p><p>“We don’t have freedom of opinion anymore,” tweeted a German user from Hanover going by the handle Pulvermann.</p>',
    );
    expect(quote?.speaker).toContain('German user');
  });

  it('does not invert a participle after the quote: its object is no speaker', () => {
    const [quote] = speech(
      '<p>Cruz has spent months dismissing them as part of the “Washington cartel” and calling Senate Majority Leader Mitch McConnell a liar.</p>',
    );
    expect(quote?.speaker).not.toBe('Mitch McConnell');
  });

  it('reads the subject before a relative clause, not a name inside it', () => {
    const [quote] = speech(
      '<p>Greta Olsen spoke first.</p><p>A White House official who spoke anonymously to discuss internal strategy said Wednesday, “Certainly there are discussions between the White House and the campaign.”</p>',
    );
    expect(quote?.speaker).toBe('White House official');
    const [other] = speech(
      '<p>The person who plays Trump in the mock debates told reporters that the choice was “a real outsider who knows him well.”</p>',
    );
    expect(other?.speaker ?? '').not.toMatch(/Trump/);
  });

  it('keeps a title’s field apart from the body a person is of', () => {
    const [quote] = speech(
      '<p>Josh Earnest spoke first.</p><p>Secretary of State John F. Kerry said in a statement Sunday that although the elections were an “important step forward,” they were “far from perfect.”</p>',
    );
    expect(quote?.speaker).toBe('John F. Kerry');
  });
});
