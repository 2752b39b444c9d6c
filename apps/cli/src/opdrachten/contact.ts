import {
  AANLEIDINGEN,
  type Aanleiding,
  INITIATIEVEN,
  type Initiatief,
  KANALEN,
  type Kanaal,
} from '@netwerkregie/domain';
import { recordContactmoment } from '@netwerkregie/toepassing';
import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import type { Io } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['contact --gemeente <naam> --organisatie <naam> [opties]'],
  uitleg: 'Legt een contactmoment met een partner vast (standaard: vandaag, telefoon, regulier, gemeente).',
  opties: {
    ...GEMEENSCHAPPELIJK,
    organisatie: { type: 'string', waarde: '<naam>', omschrijving: 'De organisatie waarmee contact was (verplicht).' },
    persoon: { type: 'string', waarde: '<e-mail>', omschrijving: 'De persoon, als het om één persoon ging.' },
    datum: { type: 'string', waarde: 'jjjj-mm-dd', omschrijving: 'De dag van het contact.', standaard: 'vandaag' },
    kanaal: {
      type: 'string',
      default: 'telefoon',
      waarde: KANALEN.join('|'),
      omschrijving: 'Hoe het contact was.',
    },
    aanleiding: {
      type: 'string',
      default: 'regulier',
      waarde: AANLEIDINGEN.join('|'),
      omschrijving: 'Gewoon contact, of naar aanleiding van een signaal.',
    },
    initiatief: {
      type: 'string',
      default: 'gemeente',
      waarde: INITIATIEVEN.join('|'),
      omschrijving: 'Wie het contact zocht.',
    },
  },
  posities: false,
});

export const HULP = hulpVan(DEFINITIE);

export async function contact(args: string[], io: Io): Promise<number> {
  const { values } = parseOpdracht(args, DEFINITIE);
  checkChoice(values.kanaal, KANALEN, 'kanaal');
  checkChoice(values.aanleiding, AANLEIDINGEN, 'aanleiding');
  checkChoice(values.initiatief, INITIATIEVEN, 'initiatief');
  if (!values.organisatie) throw new GebruikFout('Noem de organisatie met --organisatie <naam>.');
  const organisatieNaam = values.organisatie;
  const gemeente = loadGemeente(values.gemeente, values.config);
  const moment = await withStore(gemeente, values.db, async (store) => {
    const organisatie = await store.organisatieOpNaam(organisatieNaam);
    if (!organisatie) throw new GebruikFout(`Geen organisatie "${organisatieNaam}" in de lijst van ${gemeente.naam}.`);
    let persoonId: string | null = null;
    if (values.persoon) {
      const persoon = await store.persoonOpEmail(values.persoon);
      // Not the address itself: stderr ends up in logs, and this may be an erased person's.
      if (!persoon) throw new GebruikFout('Geen persoon met dit e-mailadres.');
      persoonId = persoon.id;
    }
    // Validated, kept and followed by the trend in packages/toepassing; its refusals are exit 2.
    const moment = await recordContactmoment(
      store,
      gemeente,
      {
        organisatieId: organisatie.id,
        persoonId,
        datum: values.datum,
        kanaal: values.kanaal as Kanaal,
        aanleiding: values.aanleiding as Aanleiding,
        initiatief: values.initiatief as Initiatief,
      },
      { actor: 'cli' },
    );
    return { ...moment, organisatieNaam: organisatie.naam };
  });
  io.stdout.write(
    `Contactmoment met ${moment.organisatieNaam} op ${moment.datum} vastgelegd (${moment.kanaal}, ${moment.aanleiding}).\n`,
  );
  return 0;
}

function checkChoice(waarde: string | undefined, toegestaan: readonly string[], veld: string): void {
  if (!waarde || !toegestaan.includes(waarde)) {
    throw new GebruikFout(`Onbekende ${veld} "${waarde ?? ''}"; kies uit ${toegestaan.join(', ')}.`);
  }
}
