/**
 * Sign-in: the user enters an API key once; it stays in this tab's sessionStorage. The key is
 * checked with one harmless read (a lezer may list organisations). Every page starts with
 * `metAanmelding(start)`: it shows the form until there is a working key, then calls `start`.
 */
import { Api, ApiFout, bewaardeSleutel, saveSleutel, gemeenteVanSleutel, forgetSleutel } from './_api.js';
import { h, hoofd, fill, setStatus, find } from './_dom.js';

interface Gemeente {
  slug: string;
  naam: string;
}

export function gemeenten(): Gemeente[] {
  return JSON.parse(document.body.dataset.gemeenten ?? '[]') as Gemeente[];
}

export const gemeenteNaam = (slug: string) => gemeenten().find((g) => g.slug === slug)?.naam ?? slug;

async function verify(sleutel: string): Promise<Api> {
  const gemeente = gemeenteVanSleutel(sleutel);
  if (!gemeente) throw new ApiFout(400, 'Dit is geen API-sleutel; een sleutel begint met nr_<gemeente>_.');
  if (!gemeenten().some((g) => g.slug === gemeente)) {
    throw new ApiFout(400, `Deze server bedient gemeente "${gemeente}" niet.`);
  }
  const api = new Api(sleutel, gemeente);
  await api.totaal('organisaties');
  return api;
}

function formulier(melding: string | null, verder: (api: Api) => void): HTMLElement {
  const invoer = h('input', {
    id: 'sleutel',
    name: 'sleutel',
    type: 'password',
    autocomplete: 'off',
    required: true,
    'aria-describedby': 'sleutel-uitleg',
  });
  const fout = h('p', { class: 'fout', role: 'alert' }, melding);
  const form = h(
    'form',
    { class: 'aanmelden', 'aria-labelledby': 'aanmelden-titel' },
    h('h2', { id: 'aanmelden-titel' }, 'Aanmelden'),
    h('label', { for: 'sleutel' }, 'API-sleutel'),
    invoer,
    h(
      'p',
      { id: 'sleutel-uitleg', class: 'uitleg' },
      'De sleutel krijgt u van de beheerder. Hij blijft alleen in dit tabblad bewaard en bepaalt wat u mag zien.',
    ),
    h('button', { type: 'submit' }, 'Aanmelden'),
    fout,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fill(fout);
    try {
      const api = await verify(invoer.value.trim());
      saveSleutel(api.sleutel);
      verder(api);
    } catch (f) {
      fill(
        fout,
        f instanceof ApiFout && f.status === 401 ? 'Onbekende of ingetrokken sleutel.' : String((f as Error).message),
      );
      invoer.focus();
    }
  });
  return form;
}

function balk(api: Api): void {
  fill(
    find('#aanmelding'),
    h('span', {}, `Gemeente ${gemeenteNaam(api.gemeente)}`),
    ' ',
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          forgetSleutel();
          location.reload();
        },
      },
      'Afmelden',
    ),
  );
}

export function withAanmelding(start: (api: Api, inhoud: HTMLElement) => Promise<void>): void {
  const main = hoofd();
  const inhoud = h('div', { id: 'pagina' });
  main.append(inhoud);
  const begin = async (api: Api) => {
    balk(api);
    fill(inhoud);
    setStatus('laden');
    try {
      await start(api, inhoud);
      setStatus('klaar');
    } catch (f) {
      inhoud.append(h('p', { class: 'fout', role: 'alert' }, `Er ging iets mis: ${(f as Error).message}`));
      setStatus('fout');
    }
  };
  const ask = (melding: string | null) => {
    fill(
      inhoud,
      formulier(melding, (api) => void begin(api)),
    );
    setStatus('aanmelden');
  };
  const bewaard = bewaardeSleutel();
  if (!bewaard) {
    ask(null);
    return;
  }
  verify(bewaard).then(
    (api) => void begin(api),
    (f) => {
      forgetSleutel();
      ask(
        f instanceof ApiFout && f.status === 401 ? 'De bewaarde sleutel werkt niet meer; meld u opnieuw aan.' : null,
      );
    },
  );
}
