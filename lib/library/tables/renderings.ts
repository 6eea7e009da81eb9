import type { Origin, Rendering } from '../model';

/**
 * The first release's rendering: no language or translation flag, and
 * `source` ('bundled' | 'user') where version 2 has `origin` with 'captured'.
 */
export interface RenderingV1 {
  id: string;
  quoteId: string;
  outlet: string;
  url: string | null;
  date: string | null;
  text: string;
  form: Rendering['form'];
  source: 'bundled' | 'user';
}

/** Index strings per schema version; every version is kept (see speakers.ts). */
export const renderingsSchema = {
  1: 'id, quoteId, outlet',
  2: 'id, quoteId',
  /** Version 3: `origin` counts captured renderings for the storage cap; `url` finds a page's renderings. */
  3: 'id, quoteId, origin, url',
} as const;

/**
 * Version 1 only knew English copy, so language is 'en' and nothing was marked
 * as translated; a rendering the user added in v1 keeps its 'user' origin.
 */
export function upgradeRenderingV1(row: RenderingV1): Rendering {
  const origin: Origin = row.source === 'user' ? 'user' : 'bundled';
  return {
    id: row.id,
    quoteId: row.quoteId,
    outlet: row.outlet,
    url: row.url ?? null,
    date: row.date ?? null,
    text: row.text,
    form: row.form,
    language: 'en',
    translated: false,
    origin,
    edited: false,
  };
}
