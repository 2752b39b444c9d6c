/**
 * `/import`: the data steward's flow. Choose the mode, drop or pick a CSV or XLSX file, see the
 * plan (nothing changes yet), download the annotated error report, apply; the list of past imports
 * with revert, and rejection of a plan that should never be applied (a partner's correction too). Needs a beheerder key; other keys get a clear message, never a half-working page.
 */
import { gemeenteNaam, withAanmelding } from './_aanmelding.js';
import { type Api, ApiFout } from './_api.js';
import { fill, h, hoofd, setStatus, tijdNl } from './_dom.js';
import { type Grenzen, leesGrenzen, megabytes, teGroot } from './import/_grenzen.js';
import { planWeergave, tellingen } from './import/_plan.js';
import type { ImportKort, ImportVolledig, Terugdraaiing } from './import/_soorten.js';
import { upload } from './import/_upload.js';
import { nieuwKenmerk, volgVoortgang } from './import/_voortgang.js';

async function start(api: Api, inhoud: HTMLElement): Promise<void> {
  let eerdere: ImportKort[];
  try {
    eerdere = await api.alles<ImportKort>('imports');
  } catch (f) {
    if (f instanceof ApiFout && f.status === 403) {
      fill(
        inhoud,
        h(
          'p',
          { class: 'melding', role: 'alert' },
          'Importeren vraagt een sleutel met de rol beheerder. Vraag de beheerder van Netwerkregie om zo’n sleutel.',
        ),
      );
      return;
    }
    throw f;
  }
  // Read before any upload, so the page can tell the limit when a file is chosen, not after sending it.
  const grenzen: Grenzen = await leesGrenzen(api);

  const lijst = h('p', { id: 'contactlijst', role: 'status' });
  const planVak = h('section', { id: 'plan', 'aria-labelledby': 'plan-titel', hidden: true });
  const importenVak = h('section', { id: 'imports', 'aria-labelledby': 'imports-titel' });
  const bericht = h('p', { id: 'bericht', role: 'status', 'aria-live': 'polite' });

  const bestandVeld = h('input', {
    id: 'bestand',
    name: 'bestand',
    type: 'file',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    required: true,
  });
  const gekozen = h('span', { class: 'gekozen' }, 'nog geen bestand');
  const grensTekst = h(
    'p',
    { id: 'grens' },
    `Een bestand mag hoogstens ${megabytes(grenzen.maxBytes)} zijn. Een plan kan ${grenzen.planGeldig} lang worden toegepast; daarna is het verlopen.`,
  );
  const bestandFout = h('p', { id: 'bestand-fout', class: 'melding', role: 'alert', hidden: true });
  const planKnop = h('button', { type: 'submit' }, 'Plan maken');
  /** Checks the chosen file against the server's limit at once; true when it may be sent. */
  const controleer = (bestand: File | undefined): boolean => {
    gekozen.textContent = bestand?.name ?? 'nog geen bestand';
    const reden = bestand ? teGroot(bestand, grenzen) : null;
    bestandFout.textContent = reden ?? '';
    bestandFout.hidden = reden === null;
    planKnop.disabled = reden !== null;
    return bestand !== undefined && reden === null;
  };
  const zone = h(
    'label',
    { for: 'bestand', class: 'sleepvak' },
    'Sleep een CSV- of Excelbestand hierheen, of kies er een: ',
    gekozen,
  );
  bestandVeld.addEventListener('change', () => controleer(bestandVeld.files?.[0]));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('erboven');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('erboven'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('erboven');
    if (e.dataTransfer?.files.length) {
      bestandVeld.files = e.dataTransfer.files;
      controleer(e.dataTransfer.files[0]);
    }
  });
  const modus = (waarde: string, tekst: string, uitleg: string) =>
    h(
      'div',
      {},
      h('input', {
        type: 'radio',
        name: 'modus',
        id: `modus-${waarde}`,
        value: waarde,
        checked: waarde === 'aanvullend',
      }),
      h('label', { for: `modus-${waarde}` }, h('strong', {}, tekst), ` ${uitleg}`),
    );
  const voortgang = h('progress', {
    id: 'voortgang',
    max: '100',
    value: '0',
    hidden: true,
    'aria-label': 'Voortgang van het uploaden en plannen',
  });
  const voortgangTekst = h('span', { id: 'voortgang-tekst', 'aria-live': 'polite' });
  const form = h(
    'form',
    { id: 'upload' },
    h('p', {}, `Gemeente: ${gemeenteNaam(api.gemeente)} (bepaald door uw sleutel)`),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Soort import'),
      modus('aanvullend', 'Aanvullend', 'voegt toe en werkt bij; wat niet in het bestand staat blijft.'),
      modus('volledig', 'Volledig', 'het bestand is de hele lijst; wie ontbreekt wordt gemeld.'),
    ),
    grensTekst,
    zone,
    bestandVeld,
    bestandFout,
    planKnop,
    voortgang,
    voortgangTekst,
  );

  const refreshLijst = async () => {
    const [organisaties, personen] = await Promise.all([api.totaal('organisaties'), api.totaal('personen')]);
    fill(
      lijst,
      'De contactlijst nu: ',
      h('span', { 'data-telling': 'organisaties-nu' }, organisaties),
      ' organisaties en ',
      h('span', { 'data-telling': 'personen-nu' }, personen),
      ' personen.',
    );
  };

  const refreshImports = async () => {
    eerdere = await api.alles<ImportKort>('imports');
    fill(
      importenVak,
      h('h2', { id: 'imports-titel' }, 'Eerdere imports'),
      eerdere.length ? importTabel(eerdere) : h('p', {}, 'Nog geen imports.'),
    );
  };

  const bezig = async (tekst: string, werk: () => Promise<void>) => {
    setStatus('bezig');
    bericht.textContent = tekst;
    try {
      await werk();
      setStatus('klaar');
    } catch (f) {
      bericht.textContent = `Mislukt: ${(f as Error).message}`;
      setStatus('klaar');
    }
  };

  const importTabel = (imports: ImportKort[]) =>
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Tijd', 'Bestand', 'Modus', 'Status', 'Rijen', 'Afgewezen', 'Toegevoegd', 'Actie'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        imports.map((i) => {
          const actie = h('td');
          // Two steps, so one click never reverts or rejects: the button, then "Ja, …".
          const tweeStappen = (tekst: string, ja: string, werk: () => Promise<void>) => {
            const bevestig = h('button', { type: 'button', class: 'gevaar', hidden: true, onclick: werk }, ja);
            fill(
              actie,
              h(
                'button',
                {
                  type: 'button',
                  onclick: (e) => {
                    (e.currentTarget as HTMLElement).hidden = true;
                    bevestig.hidden = false;
                    bevestig.focus();
                  },
                },
                tekst,
              ),
              bevestig,
            );
          };
          if (i.status === 'toegepast') {
            tweeStappen('Terugdraaien', 'Ja, terugdraaien', () =>
              bezig(`Import ${i.bestand} terugdraaien…`, () => terugdraaien(i)),
            );
          } else if (i.status === 'gepland' || i.status === 'verlopen') {
            tweeStappen('Afwijzen', 'Ja, afwijzen', () => bezig(`Plan ${i.bestand} afwijzen…`, () => afwijzen(i)));
          }
          return h(
            'tr',
            { 'data-import': i.id, 'data-status': i.status },
            h('td', {}, tijdNl(i.tijd)),
            h('td', {}, i.bestand),
            h('td', {}, i.modus),
            h(
              'td',
              {},
              i.status === 'verlopen' || i.status === 'afgewezen' ? `${i.status} (niet toegepast)` : i.status,
            ),
            h('td', {}, i.rijen),
            h('td', {}, i.afgewezen),
            h('td', {}, i.organisaties.toegevoegd + i.personen.toegevoegd),
            actie,
          );
        }),
      ),
    );

  const terugdraaien = async (i: ImportKort) => {
    const uit = await api.post<Terugdraaiing>(`imports/${encodeURIComponent(i.id)}/terugdraaiing`);
    bericht.textContent = `Teruggedraaid: ${uit.verwijderd} verwijderd, ${uit.hersteld} hersteld${uit.geweigerd.length ? `; niet hersteld omdat later gewijzigd: ${uit.geweigerd.map((g) => `${g.entiteit} ${g.veld}`).join(', ')}` : ''}.`;
    hoofd().dataset.stap = 'teruggedraaid';
    await Promise.all([refreshLijst(), refreshImports()]);
  };

  const afwijzen = async (i: ImportKort) => {
    await api.post<ImportKort>(`imports/${encodeURIComponent(i.id)}/afwijzing`);
    bericht.textContent = `Het plan ${i.bestand} is afgewezen: het wordt nooit toegepast, de contactlijst is niet veranderd.`;
    hoofd().dataset.stap = 'afgewezen';
    await refreshImports();
  };

  const showPlan = (imp: ImportVolledig) => {
    const toepassen = h('button', { type: 'button', id: 'toepassen', disabled: imp.status !== 'gepland' }, 'Toepassen');
    const rapport = h('button', { type: 'button', id: 'foutenrapport' }, 'Foutenrapport downloaden');
    const uitleg = h(
      'p',
      { id: 'plan-uitleg' },
      `Er is nog niets veranderd. Bekijk het plan en pas het toe, of verbeter het bestand met het foutenrapport en lees het opnieuw in. Het plan kan tot ${tijdNl(new Date(Date.parse(imp.tijd) + grenzen.planGeldigMs).toISOString())} worden toegepast.`,
    );
    toepassen.addEventListener('click', () =>
      bezig('Toepassen…', async () => {
        const uit = await api
          .post<ImportVolledig>(`imports/${encodeURIComponent(imp.id)}/toepassing`)
          .catch(async (f) => {
            // An expired plan (409 import.verlopen): say so here and in the list below.
            if (f instanceof ApiFout && f.status === 409) {
              toepassen.disabled = true;
              uitleg.textContent = `Er is niets veranderd: ${f.detail}`;
              hoofd().dataset.stap = 'geweigerd';
              await refreshImports();
            }
            throw f;
          });
        toepassen.disabled = true;
        uitleg.textContent =
          'De import is toegepast: de contactlijst is bijgewerkt. Terugdraaien kan hieronder bij Eerdere imports.';
        fill(
          bericht,
          `Toegepast: ${uit.organisaties.toegevoegd + uit.personen.toegevoegd} toegevoegd, ${uit.organisaties.gewijzigd + uit.personen.gewijzigd} gewijzigd, ${uit.afgewezen} rijen afgewezen.`,
        );
        planVak.querySelector('table.tellingen')?.replaceWith(tellingen(uit));
        hoofd().dataset.stap = 'toegepast';
        await Promise.all([refreshLijst(), refreshImports()]);
      }),
    );
    rapport.addEventListener('click', () =>
      bezig('Foutenrapport ophalen…', async () => {
        const res = await api.antwoord(`imports/${encodeURIComponent(imp.id)}/foutenrapport`, {
          headers: { Accept: '*/*' },
        });
        const naam =
          /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ??
          `foutenrapport-${imp.bestand}`;
        const a = h('a', { href: URL.createObjectURL(await res.blob()), download: naam });
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
        bericht.textContent = `Foutenrapport ${naam} gedownload.`;
      }),
    );
    planVak.dataset.import = imp.id;
    fill(
      planVak,
      h('h2', { id: 'plan-titel' }, `Plan voor ${imp.bestand}`),
      uitleg,
      ...planWeergave(imp),
      h('div', { class: 'knoppen' }, rapport, toepassen),
    );
    planVak.hidden = false;
    hoofd().dataset.stap = 'gepland';
    (planVak.querySelector('h2') as HTMLElement).tabIndex = -1;
    (planVak.querySelector('h2') as HTMLElement).focus();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const bestand = bestandVeld.files?.[0];
    if (!bestand || !controleer(bestand)) return;
    const gekozenModus = (form.querySelector('input[name=modus]:checked') as HTMLInputElement).value;
    const showVoortgang = (fase: string, tekst: string, deel: number | null) => {
      voortgang.dataset.fase = fase;
      // Without a value a progress bar shows that something happens, without a figure.
      if (deel === null) voortgang.removeAttribute('value');
      else voortgang.value = Math.round(deel * 100);
      voortgangTekst.textContent = tekst;
    };
    voortgang.hidden = false;
    showVoortgang('uploaden', 'Uploaden: 0%', 0);
    const kenmerk = nieuwKenmerk();
    let volger: ReturnType<typeof volgVoortgang> | undefined;
    void bezig(`${bestand.name} uploaden…`, async () => {
      try {
        const imp = await upload(
          api,
          bestand,
          gekozenModus,
          (deel) => {
            if (deel < 1) return showVoortgang('uploaden', `Uploaden: ${Math.round(deel * 100)}%`, deel);
            showVoortgang('wachten', 'Verstuurd; de server begint met lezen…', null);
            bericht.textContent = `${bestand.name} is verstuurd; de server maakt het plan.`;
            // The server reads and plans now: follow it until the answer comes.
            volger ??= volgVoortgang(api, kenmerk, (stand) => {
              if (stand?.fase === 'lezen') {
                const deel = stand.totaalBytes > 0 ? stand.gelezenBytes / stand.totaalBytes : 0;
                showVoortgang('lezen', `De server leest het bestand: ${Math.round(deel * 100)}%`, deel);
              } else if (stand?.fase === 'plannen') {
                showVoortgang('plannen', 'Gelezen; de server vergelijkt met de contactlijst en maakt het plan…', null);
              }
            });
          },
          kenmerk,
        );
        showVoortgang('klaar', `Plan gemaakt voor ${imp.bestand}.`, 1);
        bericht.textContent = `Plan gemaakt voor ${imp.bestand}.`;
        showPlan(imp);
        await refreshImports();
      } finally {
        volger?.stop();
      }
    });
  });

  fill(
    inhoud,
    lijst,
    h('section', { 'aria-labelledby': 'kies-titel' }, h('h2', { id: 'kies-titel' }, 'Bestand inlezen'), form),
    bericht,
    planVak,
    importenVak,
  );
  await Promise.all([refreshLijst(), refreshImports()]);
}

withAanmelding(start);
