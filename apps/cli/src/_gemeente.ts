import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Gemeente, parseGemeente, findGemeente } from '@netwerkregie/domain';
import { GebruikFout } from './_fouten.js';

/**
 * A gemeente's configuration: `--config <file>`, else `gemeenten/<slug>.json` in the working
 * folder (what `netwerkregie init` writes), else the configurations shipped with the domain.
 */
export function loadGemeente(slug: string | undefined, config?: string): Gemeente {
  if (!slug) throw new GebruikFout('Geef de gemeente op met --gemeente <naam>, bijvoorbeeld --gemeente almere.');
  const pad = config ?? join('gemeenten', `${slug}.json`);
  if (config || existsSync(pad)) {
    let json: unknown;
    try {
      json = JSON.parse(zonderCommentaar(readFileSync(pad, 'utf8')));
    } catch (fout) {
      throw new GebruikFout(`De configuratie ${pad} is niet te lezen: ${(fout as Error).message}`);
    }
    let gemeente: Gemeente;
    try {
      gemeente = parseGemeente(json);
    } catch (fout) {
      throw new GebruikFout((fout as Error).message);
    }
    if (gemeente.slug !== slug) {
      throw new GebruikFout(`De configuratie ${pad} is van "${gemeente.slug}", niet van "${slug}".`);
    }
    return gemeente;
  }
  const gemeente = findGemeente(slug);
  if (!gemeente) {
    throw new GebruikFout(`Onbekende gemeente "${slug}". Maak een configuratie met: netwerkregie init ${slug}`);
  }
  return gemeente;
}

/** A configuration may carry explanation on lines of their own starting with `//` (what `init` writes). */
export function zonderCommentaar(tekst: string): string {
  return tekst
    .split('\n')
    .filter((regel) => !regel.trimStart().startsWith('//'))
    .join('\n');
}
