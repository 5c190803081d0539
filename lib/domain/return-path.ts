/** A same-site path to return to after login; anything else falls back. */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.length > 300 || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
