import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/layout/demo-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Inkoopportaal Collectieve Jeugdhulp op School", template: "%s — Inkoopportaal Jeugdhulp op School" },
  description: "Herzieningsprocedure Collectieve jeugdhulp op school van de regiogemeenten Haaglanden.",
  icons: { icon: "/favicon.svg" },
};

// Every page depends on the server clock (and the demo clock), the session or both.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col">
        <a
          href="#inhoud"
          className="sr-only z-50 bg-white p-3 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Naar de inhoud
        </a>
        <DemoBanner />
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
