// Synthetic pages for bench/detect.ts: a long article with quotes, speech and furniture in realistic proportions.

const LINES = [
  '“We will not give up on this town, whatever the council decides next year,” said Ada Stone, who runs the bakery.',
  'The council met on Tuesday evening to discuss the budget for the next three years and the plans for the harbour.',
  'Stone said the new rules would hurt small shops more than the big chains on the edge of town.',
  'Critics call the plan a “fantasy” and say the numbers do not add up for anyone who has looked at them.',
  '“It is only fair,” she added. “Everyone should pay their share, and nobody should pay more than that.”',
];

/** An article of `n` paragraphs inside a page with navigation, related links and a footer. */
export function syntheticPage(n: number): string {
  const parts: string[] = [
    '<!doctype html><html><head><meta charset="utf-8"><title>Synthetic</title></head><body>',
    '<header><nav><ul><li><a href="#">Home</a></li><li><a href="#">World</a></li></ul></nav></header><main><article><h1>A long story</h1>',
  ];
  for (let i = 0; i < n; i++) {
    const line = LINES[i % LINES.length]!;
    parts.push(
      i % 7 === 3 ? `<p>${line.replace('the council', '<a href="#">the council</a>')}</p>` : `<p>${line}</p>`,
    );
  }
  parts.push('</article><aside class="related"><ul><li><a href="#">Other story</a></li></ul></aside></main>');
  parts.push('<footer><p>© Synthetic Daily</p></footer></body></html>');
  return parts.join('\n');
}
