/** Builds a request for every operation of the OpenAPI document, so tests can walk all routes. */
import type { SleutelRol } from '@netwerkregie/store';
import { ID } from './fixture.js';

export interface Operatie {
  methode: string;
  pad: string;
}

/** The lowest role of each operation. A route missing here fails the role test: add it. */
export const MINIMALE_ROL: Readonly<Record<string, SleutelRol>> = {
  'get /gemeenten/{gemeente}/organisaties': 'lezer',
  'get /gemeenten/{gemeente}/organisaties/{id}': 'lezer',
  'get /gemeenten/{gemeente}/organisaties/{id}/historie': 'regisseur',
  'get /gemeenten/{gemeente}/personen': 'lezer',
  'post /gemeenten/{gemeente}/personen/_zoek': 'lezer',
  'get /gemeenten/{gemeente}/personen/{id}': 'lezer',
  'delete /gemeenten/{gemeente}/personen/{id}': 'beheerder',
  'get /gemeenten/{gemeente}/personen/{id}/inzage': 'beheerder',
  'get /gemeenten/{gemeente}/overleggen': 'lezer',
  'get /gemeenten/{gemeente}/overleggen/{id}/deelnames': 'lezer',
  'get /gemeenten/{gemeente}/contactmomenten': 'regisseur',
  'post /gemeenten/{gemeente}/contactmomenten': 'regisseur',
  'get /gemeenten/{gemeente}/contactmomenten/{id}': 'regisseur',
  'get /gemeenten/{gemeente}/trainingen': 'regisseur',
  'get /gemeenten/{gemeente}/imports': 'beheerder',
  'post /gemeenten/{gemeente}/imports': 'beheerder',
  'get /gemeenten/{gemeente}/imports/{id}': 'beheerder',
  'post /gemeenten/{gemeente}/imports/{id}/toepassing': 'beheerder',
  'post /gemeenten/{gemeente}/imports/{id}/afwijzing': 'beheerder',
  'post /gemeenten/{gemeente}/imports/{id}/terugdraaiing': 'beheerder',
  'get /gemeenten/{gemeente}/imports/{id}/foutenrapport': 'beheerder',
  'get /gemeenten/{gemeente}/export': 'regisseur',
  'get /gemeenten/{gemeente}/audit': 'beheerder',
  'get /gemeenten/{gemeente}/beveiligingsgebeurtenissen': 'beheerder',
  'get /gemeenten/{gemeente}/analyse/gezondheid': 'regisseur',
  'get /gemeenten/{gemeente}/analyse/werklijst': 'regisseur',
  'get /gemeenten/{gemeente}/analyse/centraliteit': 'regisseur',
  'get /gemeenten/{gemeente}/analyse/netwerk': 'regisseur',
  'get /gemeenten/{gemeente}/analyse/introductie': 'regisseur',
  'post /gemeenten/{gemeente}/bevestigingsrondes': 'regisseur',
  'get /gemeenten/{gemeente}/bevestigingsrondes': 'regisseur',
  'get /gemeenten/{gemeente}/bevestigingsrondes/{id}': 'regisseur',
  'post /gemeenten/{gemeente}/bevestigingsrondes/{id}/intrekking': 'regisseur',
  'get /gemeenten/{gemeente}/analyse/trend': 'regisseur',
  'get /gemeenten/{gemeente}/analyse/terugkomdagen': 'regisseur',
  'get /gemeenten/{gemeente}/organisaties/{id}/terugkomdagen': 'regisseur',
  'get /gemeenten/{gemeente}/segmenten': 'lezer',
  'post /gemeenten/{gemeente}/segmenten': 'regisseur',
  'get /gemeenten/{gemeente}/segmenten/{id}': 'lezer',
  'delete /gemeenten/{gemeente}/segmenten/{id}': 'regisseur',
  'get /gemeenten/{gemeente}/segmenten/{id}/leden': 'lezer',
  'get /gemeenten/{gemeente}/segmenten/{id}/export': 'lezer',
  'get /gemeenten/{gemeente}/importinstellingen': 'beheerder',
  'get /gemeenten/{gemeente}/importvoortgang/{id}': 'beheerder',
};

/** An id that exists in the fixture for each kind of path, so a wrongly allowed call would return data. */
function idVoor(pad: string, methode: string): string {
  if (methode === 'delete') return 'bestaat-niet'; // never erase fixture data in a walk
  if (pad.includes('/organisaties/')) return ID.wijkteam;
  if (pad.includes('/personen/')) return ID.sahin;
  if (pad.includes('/overleggen/')) return ID.overleg;
  if (pad.includes('/contactmomenten/')) return ID.contactmoment;
  return 'onbekend-id';
}

const QUERY: Readonly<Record<string, string>> = {
  'get /gemeenten/{gemeente}/export': '?formaat=vcf',
  'get /gemeenten/{gemeente}/analyse/introductie': `?van=${ID.fenna}&naar=${ID.jurre}`,
};

/** URL and init for an operation on a gemeente. */
export function verzoek(op: Operatie, gemeente = 'almere'): { url: string; init: RequestInit } {
  const sleutel = `${op.methode} ${op.pad}`;
  const url = `/v1${op.pad.replace('{gemeente}', gemeente).replace('{id}', idVoor(op.pad, op.methode))}${QUERY[sleutel] ?? ''}`;
  const init: RequestInit = { method: op.methode.toUpperCase() };
  if (op.pad.endsWith('/imports') && op.methode === 'post') {
    const form = new FormData();
    form.append(
      'bestand',
      new File(['Organisatie;Domein;Naam\nProefclub;Sport;Iemand\n'], 'lijst.csv', { type: 'text/csv' }),
    );
    init.body = form;
  } else if (op.methode === 'post') {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(
      op.pad.endsWith('/_zoek')
        ? { termen: 'proef' }
        : op.pad.endsWith('/segmenten')
          ? { naam: 'Rollenproef', domeinen: ['zorg'] }
          : op.pad.endsWith('/contactmomenten')
            ? {
                organisatieId: ID.wijkteam,
                datum: '2024-03-01',
                kanaal: 'bezoek',
                aanleiding: 'regulier',
                initiatief: 'gemeente',
              }
            : {},
    );
  }
  return { url, init };
}
