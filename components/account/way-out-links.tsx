import Link from "next/link";

const WAYS = {
  password: [{ href: "/wachtwoord-vergeten", label: "Wachtwoord vergeten" }, { href: "/inloggen", label: "Inloggen" }],
  confirmation: [{ href: "/registreren", label: "Opnieuw registreren" }, { href: "/inloggen", label: "Inloggen" }],
} as const;

/** The links that go with a message about a link that no longer works. */
export function WayOutLinks({ way }: { way: keyof typeof WAYS }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-4" aria-label="Verder">
      {WAYS[way].map((w) => (
        <li key={w.href}><Link href={w.href}>{w.label}</Link></li>
      ))}
    </ul>
  );
}
