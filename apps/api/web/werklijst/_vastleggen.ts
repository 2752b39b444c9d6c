/**
 * The form to log a contact with a partner (date, channel, occasion, initiative, optionally the
 * person), posted to `contactmomenten` as the API describes it. Hidden until its button opens it.
 */
import type { Aanleiding, Initiatief, Kanaal } from '@netwerkregie/domain';
import type { Api } from '../_api.js';
import { h } from '../_dom.js';

const KANALEN: Record<Kanaal, string> = {
  telefoon: 'Telefoon',
  bezoek: 'Bezoek',
  email: 'E-mail',
  bijeenkomst: 'Bijeenkomst',
};
const AANLEIDINGEN: Record<Aanleiding, string> = {
  regulier: 'Regulier: zonder zorgen, om contact te houden',
  signaal: 'Naar aanleiding van een signaal',
};
const INITIATIEVEN: Record<Initiatief, string> = { gemeente: 'De gemeente (ik)', partner: 'De partner' };

/** Today in the user's time zone, as yyyy-mm-dd. */
export const vandaag = () => new Date().toLocaleDateString('sv-SE');

function keuze<T extends string>(id: string, naam: string, label: string, opties: Record<T, string>): HTMLElement {
  return h(
    'div',
    { class: 'utrecht-form-field' },
    h('label', { for: id, class: 'utrecht-form-label' }, label),
    h(
      'select',
      { id, name: naam },
      Object.entries<string>(opties).map(([waarde, tekst]) => h('option', { value: waarde }, tekst)),
    ),
  );
}

export interface Partner {
  organisatieId: string;
  naam: string;
  personen: Array<{ id: string; naam: string }>;
}

/**
 * The button and its form for one partner. `klaar` runs after the API stored the contact moment;
 * a refusal is shown beside the form in the API's own words.
 */
export function vastleggen(
  api: Api,
  partner: Partner,
  n: number,
  klaar: (datum: string) => Promise<void>,
): HTMLElement[] {
  const id = `vastleggen-${n}`;
  const fout = h('p', { class: 'fout', role: 'alert' });
  const opslaan = h('button', { type: 'submit' }, 'Opslaan');
  const form = h(
    'form',
    { id, class: 'vastleggen', hidden: true, 'aria-label': `Contact met ${partner.naam} vastleggen` },
    h(
      'div',
      { class: 'utrecht-form-field' },
      h('label', { for: `${id}-datum`, class: 'utrecht-form-label' }, 'Datum'),
      h('input', { id: `${id}-datum`, name: 'datum', type: 'date', required: true, value: vandaag(), max: vandaag() }),
    ),
    keuze(`${id}-kanaal`, 'kanaal', 'Kanaal', KANALEN),
    keuze(`${id}-aanleiding`, 'aanleiding', 'Aanleiding', AANLEIDINGEN),
    keuze(`${id}-initiatief`, 'initiatief', 'Initiatief', INITIATIEVEN),
    partner.personen.length
      ? keuze(
          `${id}-persoon`,
          'persoon',
          'Met wie',
          Object.fromEntries([['', 'de organisatie'], ...partner.personen.map((p) => [p.id, p.naam])]),
        )
      : null,
    h(
      'div',
      { class: 'knoppen' },
      opslaan,
      h('button', { type: 'button', class: 'utrecht-button--secondary-action', onclick: () => sluit() }, 'Annuleren'),
    ),
    fout,
  );
  const open = h(
    'button',
    {
      type: 'button',
      class: 'utrecht-button--secondary-action',
      'aria-expanded': 'false',
      'aria-controls': id,
      onclick: () => {
        form.hidden = false;
        open.setAttribute('aria-expanded', 'true');
        form.querySelector<HTMLInputElement>('input')?.focus();
      },
    },
    `Contact met ${partner.naam} vastleggen`,
  );
  const sluit = () => {
    form.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const velden = new FormData(form);
    const tekst = (naam: string) => String(velden.get(naam) ?? '');
    opslaan.disabled = true;
    fout.textContent = '';
    try {
      await api.post('contactmomenten', {
        organisatieId: partner.organisatieId,
        persoonId: tekst('persoon') || null,
        datum: tekst('datum'),
        kanaal: tekst('kanaal'),
        aanleiding: tekst('aanleiding'),
        initiatief: tekst('initiatief'),
      });
      await klaar(tekst('datum'));
    } catch (f) {
      fout.textContent = `Niet vastgelegd: ${(f as Error).message}`;
      opslaan.disabled = false;
    }
  });
  return [open, form];
}
