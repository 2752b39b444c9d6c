import { type Training, TrainingSchema } from '@netwerkregie/domain';
import { type Ctx, write } from './_context.js';
import { trainingUit } from './_rijen.js';
import { TRAINING } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import { lijst, paginate, type Sorteerbaar, count, venster } from './pagina.js';
import type { Bron, Lijst, Pagina, TrainingFilter, Wijziging } from './types.js';

export async function upsertTraining(ctx: Ctx, invoer: Training, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const t = TrainingSchema.parse(invoer);
  return write(ctx, async (c) => (await upsert(c, TRAINING, t, bron)).wijzigingen);
}

export const training = (ctx: Ctx, id: string): Promise<Training | undefined> => TRAINING.read(ctx, id);

const SORTEERBAAR: Sorteerbaar = { datum: ['datum'], soort: ['soort'], id: ['id'] };

/** Newest first by default; trainings without a date sort as oldest. */
export async function listTrainingen(ctx: Ctx, filter: TrainingFilter, pagina?: Pagina): Promise<Lijst<Training>> {
  const v = venster(pagina, SORTEERBAAR, '-datum', 'id');
  let q = ctx.db.selectFrom('trainingen');
  if (filter.persoonId !== undefined) q = q.where('persoon_id', '=', filter.persoonId);
  if (filter.soort !== undefined) q = q.where('soort', '=', filter.soort);
  const [rijen, totaal] = await Promise.all([paginate(q.selectAll(), v).execute(), count(q)]);
  return lijst(rijen.map(trainingUit), totaal, v);
}
