/** What an erasure leaves where a person's data stood. */
export const GEWIST = '[gewist]';
