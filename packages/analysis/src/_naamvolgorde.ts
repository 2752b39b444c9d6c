/** Dutch alphabetical order of names; one collator, since `localeCompare` builds one per call. */
export const naamVolgorde = new Intl.Collator('nl').compare;
