import { parseLibraryFile } from './file-format';
import { FORMS, type Form, type LibraryData } from './model';

type FormCounts = Record<Form, number>;

export interface QuoteStats {
  id: string;
  canonical: string;
  event: string | null;
  date: string | null;
  renderings: number;
  byForm: FormCounts;
  /** Each rendering in brief, so a reader can see which outlets carry the remark. */
  printed: { id: string; outlet: string; form: Form; date: string | null }[];
}

export interface SpeakerStats {
  id: string;
  name: string;
  quotes: number;
  renderings: number;
  quoteList: QuoteStats[];
}

/** `verbatim library stats --json`: counts by speaker, quote, rendering, form and outlet. */
export interface LibraryStats {
  speakers: number;
  quotes: number;
  renderings: number;
  byForm: FormCounts;
  byOrigin: Record<string, number>;
  byOutlet: { outlet: string; renderings: number }[];
  bySpeaker: SpeakerStats[];
}

const noForms = (): FormCounts => Object.fromEntries(FORMS.map((f) => [f, 0])) as FormCounts;

/** Counts a library file (or any LibraryData), speakers with the most quotes first. */
export function libraryStats(file: LibraryData): LibraryStats {
  const byForm = noForms();
  const byOrigin: Record<string, number> = {};
  const outlets = new Map<string, number>();
  const perQuote = new Map<string, QuoteStats>();
  for (const q of file.quotes)
    perQuote.set(q.id, {
      id: q.id,
      canonical: q.canonical,
      event: q.event,
      date: q.date,
      renderings: 0,
      byForm: noForms(),
      printed: [],
    });
  for (const r of file.renderings) {
    byForm[r.form]++;
    byOrigin[r.origin] = (byOrigin[r.origin] ?? 0) + 1;
    outlets.set(r.outlet, (outlets.get(r.outlet) ?? 0) + 1);
    const q = perQuote.get(r.quoteId);
    if (!q) continue;
    q.renderings++;
    q.byForm[r.form]++;
    q.printed.push({ id: r.id, outlet: r.outlet, form: r.form, date: r.date });
  }
  const bySpeaker = file.speakers.map((s) => {
    const quoteList = file.quotes
      .filter((q) => q.speakerId === s.id)
      .map((q) => perQuote.get(q.id))
      .filter((q): q is QuoteStats => q !== undefined);
    return {
      id: s.id,
      name: s.name,
      quotes: quoteList.length,
      renderings: quoteList.reduce((n, q) => n + q.renderings, 0),
      quoteList,
    };
  });
  bySpeaker.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  return {
    speakers: file.speakers.length,
    quotes: file.quotes.length,
    renderings: file.renderings.length,
    byForm,
    byOrigin,
    byOutlet: [...outlets]
      .map(([outlet, renderings]) => ({ outlet, renderings }))
      .sort((a, b) => b.renderings - a.renderings || a.outlet.localeCompare(b.outlet)),
    bySpeaker,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The stats as a reader-friendly text report. */
export function formatStats(stats: LibraryStats): string {
  const lines = [
    `${plural(stats.speakers, 'speaker')}, ${plural(stats.quotes, 'quote')}, ${plural(stats.renderings, 'rendering')}`,
    `forms: ${FORMS.map((f) => `${f} ${stats.byForm[f]}`).join(', ')}`,
    `origins: ${
      Object.entries(stats.byOrigin)
        .map(([o, n]) => `${o} ${n}`)
        .join(', ') || 'none'
    }`,
    '',
    'outlets:',
    ...stats.byOutlet.map((o) => `  ${String(o.renderings).padStart(4)}  ${o.outlet}`),
    '',
  ];
  for (const s of stats.bySpeaker) {
    lines.push(`${s.name}: ${plural(s.quotes, 'quote')}, ${plural(s.renderings, 'rendering')}`);
    for (const q of s.quoteList) {
      const forms = FORMS.filter((f) => q.byForm[f])
        .map((f) => `${f} ${q.byForm[f]}`)
        .join(', ');
      lines.push(
        `  ${String(q.renderings).padStart(3)}  “${clip(q.canonical)}”${forms ? ` (${forms})` : ''}  [${q.id}]`,
      );
    }
  }
  return lines.join('\n');
}

/** `verbatim library validate`: the same checks an import makes. */
export function validateLibraryText(text: string): { ok: boolean; errors: string[] } {
  const result = parseLibraryFile(text);
  return result.ok ? { ok: true, errors: [] } : { ok: false, errors: result.errors };
}
