import {
  parseSleutelrol,
  parseVerloopdatum,
  listSleutels,
  createSleutel,
  SLEUTELROLLEN,
  revokeSleutel,
} from '@netwerkregie/toepassing';
import { alsGebruikFout, GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import { type Io, tabel } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: [
    'keys create --gemeente <naam> --rol <rol> --omschrijving <tekst> [opties]',
    'keys revoke <sleutel-id> --gemeente <naam> [opties]',
    'keys list --gemeente <naam> [opties]',
  ],
  uitleg: `Maakt API-sleutels (de sleutel wordt eenmaal getoond; alleen een hash wordt bewaard), trekt ze in
of toont ze. Een sleutel verloopt: standaard een jaar na aanmaken, of op de datum van --verloopt
(vanaf die dag werkt hij niet meer).`,
  opties: {
    ...GEMEENSCHAPPELIJK,
    rol: { type: 'string', waarde: SLEUTELROLLEN.join('|'), omschrijving: 'create: wat de sleutel mag (verplicht).' },
    omschrijving: {
      type: 'string',
      waarde: '<tekst>',
      omschrijving: 'create: voor wie of wat de sleutel is (verplicht).',
    },
    verloopt: {
      type: 'string',
      waarde: 'JJJJ-MM-DD',
      omschrijving: 'create: vanaf die dag werkt de sleutel niet meer.',
      standaard: 'een jaar na aanmaken',
    },
  },
});

export const HULP = hulpVan(DEFINITIE);

export async function sleutels(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOpdracht(args, DEFINITIE);
  const [actie, id] = positionals;
  const gemeente = loadGemeente(values.gemeente, values.config);
  if (actie === 'create') {
    const rol = alsGebruik(() => parseSleutelrol(values.rol));
    if (!values.omschrijving) throw new GebruikFout('Geef met --omschrijving aan voor wie of wat de sleutel is.');
    const omschrijving = values.omschrijving;
    const tekst = values.verloopt;
    const verloopt = tekst === undefined ? undefined : alsGebruik(() => parseVerloopdatum(tekst));
    const nieuw = await withStore(
      gemeente,
      values.db,
      (store) => createSleutel(store, { rol, omschrijving, ...(verloopt ? { verloopt } : {}) }),
      { magNieuw: true },
    );
    io.stdout.write(
      `Sleutel ${nieuw.id} (${rol}) voor ${gemeente.naam}, verloopt op ${nieuw.verloopt}; bewaar hem nu, hij wordt niet nog eens getoond:\n${nieuw.sleutel}\n`,
    );
    return 0;
  }
  if (actie === 'revoke') {
    if (!id) throw new GebruikFout('Geef het id van de sleutel op: netwerkregie keys revoke <sleutel-id>.');
    const gelukt = await withStore(gemeente, values.db, (store) => revokeSleutel(store, id));
    io.stdout.write(gelukt ? `Sleutel ${id} ingetrokken.\n` : '');
    if (!gelukt) io.stderr.write(`Geen actieve sleutel ${id}.\n`);
    return gelukt ? 0 : 1;
  }
  if (actie === 'list') {
    const lijst = await withStore(gemeente, values.db, listSleutels, { alleenLezen: true });
    io.stdout.write(
      `${tabel([
        ['id', 'rol', 'omschrijving', 'aangemaakt', 'verloopt', 'ingetrokken'],
        ...lijst.map((s) => [s.id, s.rol, s.omschrijving, s.aangemaakt, s.verloopt ?? '-', s.ingetrokken ?? '-']),
      ])}\n`,
    );
    return 0;
  }
  throw new GebruikFout('Kies create, revoke of list: netwerkregie keys create|revoke|list --gemeente <naam>.');
}

/** Input the operations refuse is a usage error (exit 2). */
function alsGebruik<T>(lees: () => T): T {
  try {
    return lees();
  } catch (fout) {
    throw alsGebruikFout(fout);
  }
}
