import type { Form, Rendering } from '../library/model';

/** Direct quotes carry the speaker's own words; a partial quote some of them; reported speech the reporter's. */
const FORM_RANK: Record<Form, number> = { direct: 2, partial: 1, reported: 0 };

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The wording a captured quote shows as its own: the fullest rendering in the
 * speaker's own words seen so far. A direct quote beats a partial one, which
 * beats reported speech; within a form the longer wording wins (a fragment
 * never stands for the whole remark); a tie keeps the earliest seen, so the
 * canonical wording does not flip between equal renderings.
 */
export function bestWording<T extends Pick<Rendering, 'text' | 'form'>>(renderings: T[]): T | undefined {
  let best: T | undefined;
  for (const r of renderings) {
    if (
      !best ||
      FORM_RANK[r.form] > FORM_RANK[best.form] ||
      (FORM_RANK[r.form] === FORM_RANK[best.form] && wordCount(r.text) > wordCount(best.text))
    )
      best = r;
  }
  return best;
}
