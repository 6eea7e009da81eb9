import { describe, expect, it } from 'vitest';
import { eventLine, formatDay } from '../../lib/format-date';

describe('dates on cards', () => {
  it('writes an ISO day as a reader would, whatever the time zone', () => {
    expect(formatDay('2025-03-26')).toBe('26 March 2025');
    expect(formatDay('March 2025')).toBe('March 2025');
  });

  it('does not repeat a day the event already names', () => {
    expect(eventLine('Speech in Warsaw, 26 March 2025', '2025-03-26')).toBe(
      'Speech in Warsaw, 26 March 2025',
    );
    expect(eventLine('Interview with dpa', '2025-06-01')).toBe('Interview with dpa · 1 June 2025');
    expect(eventLine(null, null)).toBe('');
  });
});
