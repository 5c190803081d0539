// The text equivalent of a countdown to a deadline: "nog 3 dagen en 4 uur".
// Computed on the server from the server clock; the page shows it as text.

export function timeRemaining(now: Date, until: Date): string {
  const ms = until.getTime() - now.getTime();
  if (ms <= 0) return "de termijn is verstreken";
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const unit = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (days >= 2) return `nog ${unit(days, "dag", "dagen")}${hours ? ` en ${unit(hours, "uur", "uur")}` : ""}`;
  if (days === 1) return `nog 1 dag${hours ? ` en ${unit(hours, "uur", "uur")}` : ""}`;
  if (hours >= 1) return `nog ${unit(hours, "uur", "uur")}${mins ? ` en ${unit(mins, "minuut", "minuten")}` : ""}`;
  if (minutes >= 1) return `nog ${unit(mins, "minuut", "minuten")}`;
  return "nog minder dan een minuut";
}
