import { NextResponse, type NextRequest } from "next/server";

// Convenience only, NOT a security boundary: anonymous visitors of a
// restricted area are sent to the login page. Every page checks the role with
// requireRole() and every server action through its role client.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/inloggen";
  url.search = `?terug=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/beheer/:path*", "/aanbieder/:path*", "/school/:path*", "/gemeente/:path*", "/raad/:path*"],
};

