import { describe, expect, it } from 'vitest';
import { findMarkSpans } from '../../lib/detect/marks';

function quoted(text: string): string[] {
  return findMarkSpans(text).map((s) => text.slice(s.start, s.end));
}

describe('quote marks', () => {
  it('pairs every family news prints', () => {
    expect(quoted('He said “yes, we will” and left.')).toEqual(['yes, we will']);
    expect(quoted('He said "yes, we will" and left.')).toEqual(['yes, we will']);
    expect(quoted('He said ‘yes, we will’ and left.')).toEqual(['yes, we will']);
    expect(quoted("He said 'yes, we will' and left.")).toEqual(['yes, we will']);
    expect(quoted('Er sagte: „Wir schaffen das“ und ging.')).toEqual(['Wir schaffen das']);
    expect(quoted('Er sagte: ‚Wir schaffen das‘ und ging.')).toEqual(['Wir schaffen das']);
    expect(quoted('Il a dit « nous verrons » hier.')).toEqual([' nous verrons ']);
    expect(quoted('Il a dit ‹ nous verrons › hier.')).toEqual([' nous verrons ']);
    expect(quoted('Er sagte »Wir schaffen das« und ging.')).toEqual(['Wir schaffen das']);
    expect(quoted('外相は「結束は揺るがない」と述べた。')).toEqual(['結束は揺るがない']);
  });

  it('reads a direction mark pasted before a quote as an edge', () => {
    expect(quoted('\u202a”Thanks for standing up to them!” wrote one reader.')).toEqual([
      'Thanks for standing up to them!',
    ]);
  });

  it('opens with a mistyped closing mark after a reporting verb and its comma', () => {
    expect(quoted('He says,” there are a lot of people who never get listened to.”')).toEqual([
      ' there are a lot of people who never get listened to.',
    ]);
    expect(quoted('” … the train has left the station,” wrote Time magazine.')).toEqual([]);
  });

  it('does not mistake apostrophes for quotes', () => {
    expect(quoted("The band's sound owes a lot to rock 'n' roll and the '90s.")).toEqual([]);
    expect(quoted('Don’t expect the allies’ patience to last, Rutte’s aides said.')).toEqual([]);
    expect(quoted('Fans of ’80s pop and the critics’ verdict were mixed.')).toEqual([]);
    expect(quoted("'We're not done, and we won't be,' she said.")).toEqual([
      "We're not done, and we won't be,",
    ]);
    expect(quoted('‘The allies’ patience is not endless,’ he said.')).toEqual([
      'The allies’ patience is not endless,',
    ]);
  });

  it('keeps nested quotes inside the outer one', () => {
    expect(quoted('“When he said ‘never give up’, I believed him,” she said.')).toEqual([
      'When he said ‘never give up’, I believed him,',
    ]);
    expect(quoted('‘He called it “a farce” today,’ she said.')).toEqual(['He called it “a farce” today,']);
  });

  it('opens with a mark right before a nested one or an elision', () => {
    expect(quoted(`Ranford, Jodie. "'Pakeha', Its Origin and Meaning". Māori News.`)).toEqual([
      "'Pakeha', Its Origin and Meaning",
    ]);
    expect(quoted(`He wrote "'Twas the night before the vote," and stopped.`)).toEqual([
      "'Twas the night before the vote,",
    ]);
    // A closing mark before another keeps closing.
    expect(quoted(`She said "it was 'final'" and left.`)).toEqual(["it was 'final'"]);
  });

  it('leaves a quote open at the end of a paragraph', () => {
    const spans = findMarkSpans('She went on: “The first year was the hardest.');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.closed).toBe(false);
  });
});
