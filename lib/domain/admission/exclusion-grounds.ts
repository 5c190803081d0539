// The exclusion grounds are what every applicant declares and an authorised
// person signs (SPEC §7). Staff may replace the example texts by those of
// Bijlage 2 only while nobody can have declared them yet: before the admission
// window opens (policy "exclusionGrounds.manage") and while no application
// exists, not even after a moved window.

export const GROUNDS_FIXED_BY_APPLICATIONS =
  "De uitsluitingsgronden liggen vast: er zijn al aanvragen tot toelating, en aanbieders verklaren de tekst die zij zagen. Wijzigen kan alleen zolang er geen aanvraag is.";

/** Field errors for grounds whose text appears twice (keys "grounds.<i>.text"), by the normalised text. */
export function duplicateGroundErrors(texts: readonly string[]): Record<string, string> {
  const seen = new Map<string, number>();
  const errors: Record<string, string> = {};
  texts.forEach((text, i) => {
    const normalised = text.trim().replace(/\s+/g, " ").toLowerCase();
    const first = seen.get(normalised);
    if (first === undefined) seen.set(normalised, i);
    else errors[`grounds.${i}.text`] = `Deze grond staat al als grond ${first + 1}.`;
  });
  return errors;
}
