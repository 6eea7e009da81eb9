// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DriftDiff } from '../../components/DriftDiff';

describe('DriftDiff', () => {
  it('marks the changed words but not the spaces around them, and keeps the text whole', () => {
    const root = document.createElement('div');
    render(
      <DriftDiff
        label="1 word changed"
        parts={[
          { op: 'same', text: 'The roads are too ' },
          { op: 'removed', text: 'steep ' },
          { op: 'added', text: ' icy ' },
          { op: 'removed', text: ' ' },
          { op: 'same', text: 'for bikes.' },
        ]}
      />,
      root,
    );
    expect(root.textContent).toBe('The roads are too steep  icy  for bikes.');
    expect([...root.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['steep']);
    expect([...root.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['icy']);
  });
});
