#!/usr/bin/env node
// Checks publiccode.yml against the keys, types and vocabularies of the publiccode.yml standard 0.4
// (the mandatory keys, their lengths, the allowed values), so that a catalogue such as
// developer.overheid.nl can read it. Run from CI: `node scripts/controleer-publiccode.mjs [bestand]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const CATEGORIEEN =
  `accounting agile-project-management applicant-tracking application-development appointment-scheduling
backup billing-and-invoicing blog budgeting business-intelligence business-process-management cad
call-center-management cloud-management collaboration communications compliance-management contact-management
content-management crm customer-service-and-support data-analytics data-collection data-visualization design
design-system digital-asset-management digital-citizenship document-management donor-management e-commerce
e-signature educational-content email-management email-marketing employee-management enterprise-project-management
enterprise-social-networking erp event-management facility-management feedback-and-reviews-management
financial-reporting fleet-management fundraising gamification geographic-information-systems grant-management
graphic-design help-desk hr ide identity-management instant-messaging inventory-management it-asset-management
it-development it-management it-security it-service-management knowledge-management learning-management-system
marketing mind-mapping mobile-marketing mobile-payment network-management office online-booking online-community
payment-gateway payroll predictive-analysis procurement productivity-suite project-collaboration project-management
property-management real-estate-management remote-support resource-management sales-management seo service-desk
social-media-management survey talent-management task-management taxes-management test-management time-management
time-tracking translation video-conferencing video-editing visitor-management voip warehouse-management
web-collaboration web-conferencing website-builder whistleblowing workflow-management`.split(/\s+/);

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum JJJJ-MM-DD');
const taal = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'een BCP 47-taalcode');
const afhankelijkheid = z.strictObject({
  name: z.string().min(1),
  versionMin: z.string().optional(),
  versionMax: z.string().optional(),
  version: z.string().optional(),
  optional: z.boolean().optional(),
});

const Beschrijving = z.strictObject({
  localisedName: z.string().optional(),
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10000),
  documentation: z.url().optional(),
  apiDocumentation: z.url().optional(),
  features: z.array(z.string().min(1)).min(1),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(z.url()).optional(),
  awards: z.array(z.string()).optional(),
});

export const PubliccodeSchema = z
  .strictObject({
    publiccodeYmlVersion: z.string().regex(/^0\.([4-9]|[1-9]\d)(\.\d+)?$/, 'versie 0.4 of later'),
    name: z.string().min(1),
    applicationSuite: z.string().optional(),
    url: z.url(),
    landingURL: z.url().optional(),
    isBasedOn: z.union([z.string(), z.array(z.string())]).optional(),
    softwareVersion: z.string().optional(),
    releaseDate: datum.optional(),
    logo: z.string().optional(),
    platforms: z.array(z.string().min(1)).min(1),
    categories: z.array(z.enum(CATEGORIEEN)).min(1),
    usedBy: z.array(z.string()).optional(),
    roadmap: z.string().optional(),
    developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
    softwareType: z.enum([
      'standalone/mobile',
      'standalone/iot',
      'standalone/desktop',
      'standalone/web',
      'standalone/backend',
      'standalone/other',
      'addon',
      'library',
      'configurationFiles',
    ]),
    intendedAudience: z
      .strictObject({
        countries: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
        unsupportedCountries: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
        scope: z.array(z.string()).optional(),
      })
      .optional(),
    description: z.record(taal, Beschrijving).refine((d) => Object.keys(d).length > 0, 'ten minste één taal'),
    legal: z.strictObject({
      license: z.string().min(1),
      mainCopyrightOwner: z.string().optional(),
      repoOwner: z.string().optional(),
    }),
    maintenance: z
      .strictObject({
        type: z.enum(['internal', 'contract', 'community', 'none']),
        contractors: z
          .array(
            z.object({
              name: z.string().min(1),
              until: datum,
              email: z.string().optional(),
              website: z.url().optional(),
            }),
          )
          .optional(),
        contacts: z
          .array(
            z.object({
              name: z.string().min(1),
              email: z.string().optional(),
              phone: z.string().optional(),
              affiliation: z.string().optional(),
            }),
          )
          .optional(),
      })
      .refine((m) => m.type !== 'contract' || (m.contractors?.length ?? 0) > 0, 'contractors is verplicht bij contract')
      .refine(
        (m) => !['internal', 'community'].includes(m.type) || (m.contacts?.length ?? 0) > 0,
        'contacts is verplicht bij internal en community',
      ),
    localisation: z.strictObject({ localisationReady: z.boolean(), availableLanguages: z.array(taal).min(1) }),
    dependsOn: z
      .strictObject({
        open: z.array(afhankelijkheid).optional(),
        proprietary: z.array(afhankelijkheid).optional(),
        hardware: z.array(afhankelijkheid).optional(),
      })
      .optional(),
  })
  .refine((p) => Object.keys(p.description).includes('nl') && Object.keys(p.description).includes('en'), {
    message: 'een Nederlandse (nl) en een Engelse (en) beschrijving',
    path: ['description'],
  });

/** The problems of one publiccode.yml text, each as `pad: melding`; empty when it is valid. */
export function controleer(tekst) {
  let document;
  try {
    document = parse(tekst, { version: '1.2' });
  } catch (fout) {
    return [`geen geldige YAML: ${fout.message}`];
  }
  const uitkomst = PubliccodeSchema.safeParse(document);
  return uitkomst.success ? [] : uitkomst.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pad = process.argv[2] ?? fileURLToPath(new URL('../publiccode.yml', import.meta.url));
  const fouten = controleer(readFileSync(pad, 'utf8'));
  if (fouten.length > 0) {
    console.error(`${pad} voldoet niet aan publiccode.yml 0.4:\n${fouten.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${pad} voldoet aan publiccode.yml 0.4.`);
}
