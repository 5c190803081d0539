// Checks for a provider's self-registration. Pure.

/** KvK number: exactly 8 digits (the Chamber of Commerce has no check digit since 2016). */
export function isValidKvk(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/** AGB code (Vektis): 8 digits. */
export function isValidAgb(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/** Dutch postal code "1234 AB" (no leading zero; SA, SD and SS are not issued). Normalised with one space. */
export function normalisePostalCode(value: string): string | null {
  const match = /^([1-9]\d{3})\s?([A-Za-z]{2})$/.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  const letters = match[2].toUpperCase();
  if (["SA", "SD", "SS"].includes(letters)) return null;
  return `${match[1]} ${letters}`;
}
